using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Storage.Copying;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline store copy --to CONNECTION [--from DIR]</c>: copies the SQLite store of a data directory into a
/// PostgreSQL database, so a single machine's archive moves to a shared server. Safe to cut short and run again.
/// </summary>
internal static class StoreCopyCommand
{
    public static Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "The PostgreSQL database to copy into, as an Npgsql connection string (Host=...;Database=...;Username=...). It must be empty or hold an earlier copy of the same store.", Required = true, HelpName = "CONNECTION" };
        var from = new Option<string?>("--from") { Description = "The data directory whose SQLite store is copied (default: the data directory, --data-dir).", HelpName = "DIR" };
        var batch = new Option<int>("--batch-size") { Description = "Rows per batch, each one transaction in the target (10-10,000).", DefaultValueFactory = _ => 500 };
        batch.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 10 or > 10_000) { r.AddError("--batch-size must be between 10 and 10000."); } });
        var json = GlobalOptions.Json();
        var command = new Command("copy", "Copy the SQLite store (articles with facts, frontier, runs, trend tables) into PostgreSQL: idempotent, resumable, counts checked.") { to, from, batch, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var target = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = parseResult.GetValue(to) };
                if (target.Validate(new(target)).FirstOrDefault() is { } invalid)
                {
                    throw new UsageException("--to: " + invalid.ErrorMessage);
                }

                var data = parseResult.GetValue(from) is { } fromDirectory ? new DataDirectory(fromDirectory) : services.GetRequiredService<DataDirectory>();
                if (!File.Exists(data.DatabasePath))
                {
                    throw new StorageException($"There is no SQLite store to copy at {data.DatabasePath}. Pass --from (or --data-dir) with a data directory a crawl has written.");
                }

                // No crawl may write the source while it is copied: the counts would not match.
                using var runLock = await RunLock.TryAcquireAsync(data.Root, TimeSpan.Zero, context.TimeProvider, cancellationToken)
                    ?? throw new StorageException($"A run is in progress in {data.Root}: stop it (or wait for it to end) before copying its store.");
                var source = await PipelineDatabase.OpenAsync(data.DatabasePath, create: false, context.TimeProvider, cancellationToken);
                var database = await Storage.Postgres.PostgresDatabase.OpenAsync(target.ConnectionString!, create: true, context.TimeProvider, cancellationToken);
                var report = await new StoreCopier(source, database, context.TimeProvider, parseResult.GetValue(batch)).CopyAsync(cancellationToken: cancellationToken);
                await WriteAsync(context, report, parseResult.GetValue(json));
                if (!report.Complete)
                {
                    await context.Error.WriteLineAsync("error: " + report.Mismatch);
                    return ExitCodes.Failure;
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static async Task WriteAsync(CliContext context, StoreCopyReport report, bool json)
    {
        if (json)
        {
            await context.Out.WriteLineAsync(Json.Serialize(new { report.Source, report.Target, report.Previous, report.Written, report.Complete, report.Tables }));
            return;
        }

        var table = new Table().AddColumns("Table", "Source rows", "Target rows", "Written now");
        foreach (var count in report.Tables)
        {
            table.AddRow(
                count.Matches ? count.Table : $"[red]{count.Table}[/]",
                count.Source.ToString(CultureInfo.InvariantCulture),
                count.Target.ToString(CultureInfo.InvariantCulture),
                count.Written.ToString(CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        var previous = report.Previous switch
        {
            "resumed" => "an earlier copy stopped part-way and is now complete",
            "again" => "copied before; only what changed since was written",
            _ => "a new copy",
        };
        context.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Copied {report.Source} into the {report.Target}: {report.Written} rows written ({previous})."));
    }
}
