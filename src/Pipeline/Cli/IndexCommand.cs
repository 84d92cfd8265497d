using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Composition;
using Pipeline.Indexing;
using Pipeline.Output;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline index [--batch-size N] [--json]</c>: brings the index up to the store from the sequence its last
/// commit recorded. Crawls do this at their end; operators run it after a crash, a restore or a reextract.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var batch = new Option<int>("--batch-size") { Description = "Articles per index commit (10-10,000).", DefaultValueFactory = _ => 500 };
        batch.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 10 or > 10_000) { r.AddError("--batch-size must be between 10 and 10000."); } });
        var json = GlobalOptions.Json();
        var command = new Command("index", "Bring the Lucene index up to the store: index every article stored after the sequence of the index's last commit.") { batch, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var data = services.GetRequiredService<DataDirectory>();
                data.RequireExisting();
                var store = (await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Existing, cancellationToken)).Articles;
                var stopwatch = Stopwatch.StartNew();
                var (written, total) = await new IndexSynchronizer(store, parseResult.GetValue(batch)).SynchronizeAsync(data.IndexPath, cancellationToken);
                var (_, storeSequence) = await store.CountAsync(cancellationToken);
                var seconds = Math.Round(stopwatch.Elapsed.TotalSeconds, 2);
                await context.Out.WriteLineAsync(parseResult.GetValue(json)
                    ? Json.Serialize(new { indexed = written, documents = total, storeSequence, seconds })
                    : string.Create(CultureInfo.InvariantCulture, $"Indexed {written} articles in {seconds:0.00} s; the index holds {total} documents, up to store sequence {storeSequence}."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
