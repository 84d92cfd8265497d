using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Topics;

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
                await using var services = CommandServices.Create(context, parseResult);
                var rebuilder = new IndexRebuilder(services.GetRequiredService<DataDirectory>(), context.TimeProvider, services.GetRequiredService<TopicClassifierCache>(), services.GetRequiredService<StoreOptions>());
                var summary = await rebuilder.RunAsync(parseResult.GetValue(reanalyze), cancellationToken);
                await context.Out.WriteLineAsync(parseResult.GetValue(json)
                    ? Json.Serialize(summary)
                    : string.Create(CultureInfo.InvariantCulture, $"Index rebuilt: {summary.Indexed} articles up to store sequence {summary.Sequence}; {summary.Reanalysed} analysed again."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
