using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Maintenance;
using Pipeline.Output;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary><c>pipeline backup &lt;dir&gt; [--json]</c>: a consistent copy of the database and the index, safe while the daemon runs.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("dir") { Description = "A new or empty directory for the backup." };
        var json = GlobalOptions.Json();
        var command = new Command("backup", "Copy the database (VACUUM INTO) and the last index commit into a directory, consistently, while runs go on.") { target, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var backups = new BackupService(services.GetRequiredService<DataDirectory>(), context.TimeProvider, services.GetRequiredService<StoreOptions>());
                var manifest = await backups.BackupAsync(parseResult.GetValue(target)!, cancellationToken);
                await context.Out.WriteLineAsync(parseResult.GetValue(json)
                    ? Json.Serialize(manifest)
                    : string.Create(CultureInfo.InvariantCulture, $"Backup written to {Path.GetFullPath(parseResult.GetValue(target)!)}: {manifest.Articles} articles (sequence {manifest.StoreSequence}), index {manifest.IndexDocuments} documents (sequence {manifest.IndexSequence}, {manifest.IndexFiles} files)."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
