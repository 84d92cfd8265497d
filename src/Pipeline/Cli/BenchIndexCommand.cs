using System.CommandLine;
using System.Globalization;
using Pipeline.Bench;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline bench index [--articles N] [--queries N] [--seed S] [--json]</c>: our index against SQLite FTS5, side by side.</summary>
internal static class BenchIndexCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "Generated articles indexed by both engines (1,000-500,000).", DefaultValueFactory = _ => 100_000 };
        articles.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1_000 or > 500_000) { r.AddError("--articles must be between 1000 and 500000."); } });
        var queries = new Option<int>("--queries") { Description = "Queries timed per kind after a warm-up (10-10,000).", DefaultValueFactory = _ => 500 };
        queries.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 10 or > 10_000) { r.AddError("--queries must be between 10 and 10000."); } });
        var seed = new Option<int>("--seed") { Description = "Seed of the generated articles and the sampled queries.", DefaultValueFactory = _ => 7 };
        var json = GlobalOptions.Json();
        var command = new Command("index", "Build our Lucene index and a SQLite FTS5 index over the same generated articles; compare build time, size, query latency and ranking on the judged queries.") { articles, queries, seed, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                IndexBenchmarkResult? result = null;
                if (parseResult.GetValue(json))
                {
                    result = IndexBenchmark.Run(parseResult.GetValue(articles), parseResult.GetValue(queries), parseResult.GetValue(seed), _ => { }, cancellationToken);
                    await context.Out.WriteLineAsync(Json.Serialize(result));
                    return ExitCodes.Ok;
                }

                context.Console.Status().Start("bench index", status =>
                {
                    result = IndexBenchmark.Run(parseResult.GetValue(articles), parseResult.GetValue(queries), parseResult.GetValue(seed), s => status.Status($"bench index: {s}"), cancellationToken);
                });
                Render(context.Console, result!);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, IndexBenchmarkResult result)
    {
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"bench index: {result.Articles:N0} articles, {result.TextMegabytes:0.0} MB of text, {result.QueriesPerKind} queries per kind"))
            .AddColumn("Measure");
        foreach (var engine in result.Engines)
        {
            table.AddColumn(new TableColumn(engine.Engine).RightAligned());
        }

        Row(table, result, "build time", e => string.Create(CultureInfo.InvariantCulture, $"{e.BuildSeconds:0.0} s"));
        Row(table, result, "articles/s", e => string.Create(CultureInfo.InvariantCulture, $"{e.ArticlesPerSecond:N0}"));
        Row(table, result, "processor time", e => string.Create(CultureInfo.InvariantCulture, $"{e.BuildCpuSeconds:0.0} s"));
        Row(table, result, "articles per processor-second", e => string.Create(CultureInfo.InvariantCulture, $"{e.ArticlesPerCpuSecond:N0}"));
        Row(table, result, "size on disk", e => string.Create(CultureInfo.InvariantCulture, $"{e.SizeBytes / 1e6:0.0} MB"));
        foreach (var kind in IndexBenchmark.Kinds)
        {
            Row(table, result, $"{kind} p50 / p99", e => e.Latency.Single(l => l.Kind == kind) is var l ? string.Create(CultureInfo.InvariantCulture, $"{l.P50Ms:0.0} / {l.P99Ms:0.0} ms") : string.Empty);
        }

        Row(table, result, "judged nDCG@10", e => string.Create(CultureInfo.InvariantCulture, $"{e.NdcgAt10:0.000}"));
        Row(table, result, "judged recall@10", e => string.Create(CultureInfo.InvariantCulture, $"{e.RecallAt10:0.000}"));
        console.Write(table);
        var agreement = new Table()
            .Title("Lucene: first page (one pass) vs every match rescored in a second pass")
            .AddColumns("Kind", "Queries", "Results shared (of 10)", "Same first result");
        foreach (var kind in result.CandidateAgreement)
        {
            agreement.AddRow(kind.Kind, kind.Queries.ToString(CultureInfo.InvariantCulture), string.Create(CultureInfo.InvariantCulture, $"{kind.SharedAt10:P0}"), string.Create(CultureInfo.InvariantCulture, $"{kind.SameFirst:P0}"));
        }

        console.Write(agreement);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Lucene indexed with {result.IndexingThreads} threads (SQLite has one writer). Every Lucene search also counts five facets over all its matches; FTS5 does so only for filtered+faceted."));
    }

    private static void Row(Table table, IndexBenchmarkResult result, string measure, Func<EngineFigures, string> value) =>
        table.AddRow([measure, .. result.Engines.Select(value)]);
}
