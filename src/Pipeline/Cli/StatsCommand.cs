using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Composition;
using Pipeline.Output;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline stats [--json]</c>: store, index, frontier and last run at a glance.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var json = GlobalOptions.Json();
        var command = new Command("stats", "Show counts of stored and indexed articles, the frontier by state, and the last run.") { json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                services.GetRequiredService<DataDirectory>().RequireExisting();
                var stores = await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Read, cancellationToken);
                var (articles, lastSequence) = await stores.Articles.CountAsync(cancellationToken);
                var frontier = await stores.Frontier.CountByStateAsync(cancellationToken);
                var lastRun = await stores.Runs.LastAsync(cancellationToken);
                var (indexed, indexedSequence) = ReadIndex(services.GetRequiredService<IndexSearchers>());
                var stats = new { articles, indexed, storeSequence = lastSequence, indexedSequence, frontier, lastRun };
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(stats));
                    return ExitCodes.Ok;
                }

                var table = new Table().AddColumns("What", "Count");
                table.AddRow("Articles stored", articles.ToString(CultureInfo.InvariantCulture));
                table.AddRow("Articles indexed", indexed.ToString(CultureInfo.InvariantCulture));
                foreach (var (state, count) in frontier)
                {
                    table.AddRow($"Frontier: {state}", count.ToString(CultureInfo.InvariantCulture));
                }

                context.Console.Write(table);
                context.Console.MarkupLine(lastRun is null
                    ? "No run yet."
                    : string.Create(CultureInfo.InvariantCulture, $"Last run #{lastRun.Id} ({Markup.Escape(lastRun.Kind)}) {lastRun.Status}, started {lastRun.StartedAt:yyyy-MM-dd HH:mm:ss} UTC: {lastRun.New} new, {lastRun.Failed} failed, {lastRun.Indexed} indexed."));
                if (indexedSequence < lastSequence)
                {
                    context.Console.MarkupLine("[yellow]The index lags the store; the next run catches up.[/]");
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static (int Count, long Sequence) ReadIndex(IndexSearchers index)
    {
        if (!index.Exists)
        {
            return (0, 0);
        }

        using var searcher = index.Open();
        return (searcher.Count, searcher.CommittedSequence);
    }
}
