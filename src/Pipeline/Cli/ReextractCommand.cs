using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Topics;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline reextract [--json]</c>: extraction again over the raw archive, no network; stored articles updated idempotently.</summary>
internal static class ReextractCommand
{
    public static Command Create(CliContext context)
    {
        var json = GlobalOptions.Json();
        var raw = new Option<string[]>("--raw")
        {
            Description = "A directory of WARC files to read instead of data-dir/raw; repeat it for every crawler node's archive on a shared store.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("reextract", "Re-run extraction over the raw archive (data-dir/raw/*.warc.gz, or the --raw directories) without the network and update stored articles; running it twice changes nothing.") { raw, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                if ((parseResult.GetValue(raw) ?? []).FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
                {
                    throw new UsageException($"--raw {missing}: no such directory");
                }

                var summary = await new Reextractor(services.GetRequiredService<DataDirectory>(), context.TimeProvider, services.GetRequiredService<TopicClassifierCache>(), services.GetRequiredService<StoreOptions>(), parseResult.GetValue(raw)).RunAsync(cancellationToken);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(summary));
                    return ExitCodes.Ok;
                }

                var table = new Table().Title("reextract").AddColumns("Files", "Pages", "New", "Updated", "Unchanged", "Duplicates", "Not articles", "Indexed");
                table.AddRow(new[] { summary.Files, summary.Responses, summary.New, summary.Updated, summary.Unchanged, summary.Duplicates, summary.Skipped, summary.Indexed }
                    .Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray());
                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
