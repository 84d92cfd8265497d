using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Maintenance;
using Pipeline.Output;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary><c>pipeline restore &lt;dir&gt; [--force] [--json]</c>: put a backup back into the data directory (stop the daemon first).</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("dir") { Description = "A directory written by pipeline backup." };
        var force = new Option<bool>("--force") { Description = "Replace an existing database and index (they are kept beside as *.before-restore-<time>)." };
        var json = GlobalOptions.Json();
        var command = new Command("restore", "Check a backup and put its database and index into the data directory; stop the daemon first.") { source, force, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var data = services.GetRequiredService<DataDirectory>();
                var manifest = await new BackupService(data, context.TimeProvider, services.GetRequiredService<StoreOptions>()).RestoreAsync(parseResult.GetValue(source)!, parseResult.GetValue(force), cancellationToken);
                await context.Out.WriteLineAsync(parseResult.GetValue(json)
                    ? Json.Serialize(manifest)
                    : string.Create(CultureInfo.InvariantCulture, $"Restored the backup of {manifest.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC into {Path.GetFullPath(data.Root)}: {manifest.Articles} articles, index {manifest.IndexDocuments} documents."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
