using System.CommandLine;
using System.Globalization;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary><c>pipeline reindex [--reanalyze] [--json]</c>: rebuild the index from the store and swap it in.</summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var reanalyze = new Option<bool>("--reanalyze") { Description = "Analyse every stored article again first (facts, topics with the current model), e.g. after pipeline train." };
        var json = GlobalOptions.Json();
        var command = new Command("reindex", "Rebuild the Lucene index from the store into a new directory and swap it in; searches keep working on the old one until the swap.") { reanalyze, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var settings = GlobalOptions.LoadSettings(parseResult);
                var summary = await new IndexRebuilder(new DataDirectory(settings.DataDir), context.TimeProvider, settings.Store).RunAsync(parseResult.GetValue(reanalyze), cancellationToken);
                await context.Out.WriteLineAsync(parseResult.GetValue(json)
                    ? Json.Serialize(summary)
                    : string.Create(CultureInfo.InvariantCulture, $"Index rebuilt: {summary.Indexed} articles up to store sequence {summary.Sequence}; {summary.Reanalysed} analysed again."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
