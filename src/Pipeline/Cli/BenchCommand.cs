using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Bench;
using Pipeline.Configuration;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Storage.Postgres;
using Pipeline.Topics;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline bench &lt;target&gt; [--json]</c>: the speed figures the issues set, measured on this machine.</summary>
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var bench = new Command("bench", "Measure speed: crawl throughput against the politeness bound, and later extraction, analysis, indexing.");
        var hosts = new Option<int>("--hosts") { Description = "Loopback hosts (1-64).", DefaultValueFactory = _ => 16 };
        hosts.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 64) { r.AddError("--hosts must be between 1 and 64."); } });
        var pages = new Option<int>("--pages") { Description = "Articles per host (1-10,000).", DefaultValueFactory = _ => 40 };
        pages.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000) { r.AddError("--pages must be between 1 and 10000."); } });
        var delay = new Option<double>("--delay-ms") { Description = "Politeness delay per host in milliseconds (10-10,000).", DefaultValueFactory = _ => 250 };
        delay.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 10 or > 10_000) { r.AddError("--delay-ms must be between 10 and 10000."); } });
        var json = GlobalOptions.Json();
        var crawl = new Command("crawl", "Crawl a loopback site of many hosts with a set delay; report requests/s against the bound hosts/delay, and CPU time per page.") { hosts, pages, delay, json };
        crawl.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var store = services.GetRequiredService<StoreOptions>();
                var topics = services.GetRequiredService<TopicClassifierCache>();
                if (store.IsPostgres && !await IsEmptyAsync(store.ConnectionString!, cancellationToken))
                {
                    await context.Error.WriteLineAsync("error: bench crawl on PostgreSQL needs an empty database (Store:ConnectionString): the pages it crawls would otherwise be known already");
                    return ExitCodes.Usage;
                }

                var result = await CrawlBenchmark.RunAsync(parseResult.GetValue(hosts), parseResult.GetValue(pages), TimeSpan.FromMilliseconds(parseResult.GetValue(delay)), (run, token) => CrawlAsync(run, store, topics, token), cancellationToken);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(result));
                    return ExitCodes.Ok;
                }

                var table = new Table().Title("bench crawl").AddColumns("Measure", "Value");
                table.AddRow("hosts × pages", string.Create(CultureInfo.InvariantCulture, $"{result.Hosts} × {result.PagesPerHost}"));
                table.AddRow("delay per host", string.Create(CultureInfo.InvariantCulture, $"{result.DelayMs:0} ms"));
                table.AddRow("requests / pages", string.Create(CultureInfo.InvariantCulture, $"{result.Requests} / {result.Pages}"));
                table.AddRow("time", string.Create(CultureInfo.InvariantCulture, $"{result.Seconds:0.00} s"));
                table.AddRow("achieved", string.Create(CultureInfo.InvariantCulture, $"{result.RequestsPerSecond:0.0} requests/s"));
                table.AddRow("store", result.Store);
                if (result.DatabaseCommitsPerPage is { } commits)
                {
                    table.AddRow("database per page", string.Create(CultureInfo.InvariantCulture, $"{commits:0.0} commits, {result.DatabaseRowsPerPage:0.0} rows written, {(result.DatabaseCpuMsPerPage is { } cpu ? cpu.ToString("0.00", CultureInfo.InvariantCulture) + " ms CPU" : "CPU not seen (remote server)")}"));
                }

                table.AddRow("politeness bound", string.Create(CultureInfo.InvariantCulture, $"{result.BoundPerSecond:0.0} requests/s"));
                table.AddRow("[bold]efficiency[/]", string.Create(CultureInfo.InvariantCulture, $"{result.Efficiency:P1}"));
                table.AddRow("CPU per page", string.Create(CultureInfo.InvariantCulture, $"{result.CpuMsPerPage:0.00} ms (server included)"));
                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        bench.Subcommands.Add(crawl);
        bench.Subcommands.Add(CreateExtract(context));
        bench.Subcommands.Add(CreateAnalyze(context));
        bench.Subcommands.Add(CreateClassify(context));
        bench.Subcommands.Add(BenchIndexCommand.Create(context));
        bench.Subcommands.Add(CreateTrends(context));
        bench.Subcommands.Add(BenchApiCommand.Create(context));
        return bench;
    }

    private static Command CreateTrends(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "Synthetic articles to store (1,000-1,000,000).", DefaultValueFactory = _ => 100_000 };
        articles.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1000 or > 1_000_000) { r.AddError("--articles must be between 1000 and 1000000."); } });
        var corpus = new Option<string?>("--corpus") { Description = "Use this gold.jsonl (from generate-corpus) instead of generating articles.", HelpName = "FILE" };
        var store = new Option<string?>("--store") { Description = "Keep the database in this directory; when it already holds one, time the trends on it without generating or loading anything.", HelpName = "DIR" };
        var json = GlobalOptions.Json();
        var trends = new Command("trends", "Trends over a large corpus in a temporary SQLite store: load time, then each aggregation timed (goal: all trends under 2 s for 100,000 articles).") { articles, corpus, store, json };
        trends.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var quiet = parseResult.GetValue(json);
                var result = await TrendsBenchmark.RunAsync(
                    parseResult.GetValue(articles),
                    parseResult.GetValue(corpus),
                    parseResult.GetValue(store),
                    Taxonomy.Load(ProductData.Shipped.Taxonomy),
                    context.TimeProvider,
                    message => { if (!quiet) { context.Error.WriteLine(message); } },
                    cancellationToken);
                if (quiet)
                {
                    await context.Out.WriteLineAsync(Json.Serialize(result));
                    return ExitCodes.Ok;
                }

                var table = new Table().Title(string.Create(CultureInfo.InvariantCulture, $"bench trends ({result.Articles:N0} articles)")).AddColumns("Measure", "Value");
                if (result.Reused)
                {
                    table.AddRow("store", "reused from --store (nothing generated or loaded)");
                }
                else
                {
                    table.AddRow("generate / read corpus", string.Create(CultureInfo.InvariantCulture, $"{result.GenerateSeconds:0.00} s"));
                    table.AddRow("load into SQLite (articles, facts, trend rows)", string.Create(CultureInfo.InvariantCulture, $"{result.LoadSeconds:0.00} s"));
                }

                foreach (var (name, ms) in result.Queries)
                {
                    table.AddRow(Markup.Escape(name), string.Create(CultureInfo.InvariantCulture, $"{ms:0.0} ms"));
                }

                string Verdict(double ms) => ms < result.TargetMs ? "[green]under[/]" : "[red]over[/]";
                table.AddRow("[bold]slowest single aggregation[/]", string.Create(CultureInfo.InvariantCulture, $"[bold]{result.SlowestMs:0} ms[/] ({Verdict(result.SlowestMs)} the {result.TargetMs:0} ms goal)"));
                table.AddRow("[bold]all trends one after another[/] (network excluded)", string.Create(CultureInfo.InvariantCulture, $"[bold]{result.TrendsMs:0} ms[/] ({Verdict(result.TrendsMs)} the goal; CPU {result.TrendsCpuMs:0} ms; first pass {result.ColdTrendsMs:0} ms)"));
                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return trends;
    }

    private static Command CreateClassify(CliContext context)
    {
        var passes = new Option<int>("--passes") { Description = "Passes over the gold articles after the warm-up (1-200).", DefaultValueFactory = _ => 20 };
        passes.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 200) { r.AddError("--passes must be between 1 and 200."); } });
        var json = GlobalOptions.Json();
        var classify = new Command("classify", "Topic classification throughput (articles/s) on one core with the data directory's model, or the shipped one.") { passes, json };
        classify.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var classifier = services.GetRequiredService<TopicClassifier>();
                var model = classifier.Model ?? throw new InvalidDataException(classifier.Problem);
                var (rate, articles, seconds, algorithm) = ClassifyBenchmark.Run(model, services.GetRequiredService<FactAnalyzer>(), parseResult.GetValue(passes));
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(new { articlesPerSecond = rate, articles, seconds, algorithm, model = classifier.ModelPath }));
                }
                else
                {
                    context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"bench classify: [bold]{rate:0} articles/s[/] on one core ({articles} articles in {seconds:0.00} s, {algorithm})"));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return classify;
    }

    private static Command CreateAnalyze(CliContext context)
    {
        var passes = new Option<int>("--passes") { Description = "Passes over the gold texts after the warm-up (1-200).", DefaultValueFactory = _ => 20 };
        passes.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 200) { r.AddError("--passes must be between 1 and 200."); } });
        var json = GlobalOptions.Json();
        var analyze = new Command("analyze", "Fact analysis throughput (partners, parties, counts, dates) on one core over the gold texts.") { passes, json };
        analyze.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var (rate, megabytes, texts) = AnalyzeBenchmark.Run(FactAnalyzer.Load(ProductData.Shipped.Gazetteers), parseResult.GetValue(passes));
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(new { megabytesPerSecond = rate, megabytes, texts }));
                }
                else
                {
                    context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"bench analyze: [bold]{rate:0.00} MB/s[/] on one core ({texts} texts, {megabytes:0.0} MB)"));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return analyze;
    }

    private static Command CreateExtract(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "The article-extraction benchmark directory (html/, ground-truth.json).", Required = true, HelpName = "DIR" };
        var passes = new Option<int>("--passes") { Description = "Timed passes after the warm-up (1-20).", DefaultValueFactory = _ => 3 };
        passes.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 20) { r.AddError("--passes must be between 1 and 20."); } });
        var json = GlobalOptions.Json();
        var extract = new Command("extract", "Extraction speed on one core over the benchmark pages, SmartReader timed side by side.") { data, passes, json };
        extract.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var result = ExtractBenchmark.Run(parseResult.GetValue(data)!, parseResult.GetValue(passes));
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(result));
                    return ExitCodes.Ok;
                }

                var table = new Table().Title($"bench extract ({result.Pages} pages, {result.Passes} timed passes, one core)").AddColumns("Extractor", "Pages/s", "ms/page");
                table.AddRow("[bold]pipeline[/]", result.PagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture), result.MsPerPage.ToString("0.00", CultureInfo.InvariantCulture));
                table.AddRow("SmartReader 0.11.1", result.SmartReaderPagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture), result.SmartReaderMsPerPage.ToString("0.00", CultureInfo.InvariantCulture));
                table.AddRow("AngleSharp parse + one walk", result.ParsePagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture), result.ParseMsPerPage.ToString("0.00", CultureInfo.InvariantCulture));
                context.Console.Write(table);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return extract;
    }

    // The benchmark is a library without the host's runner: the run it times is configured here.
    private static async Task<CrawlBenchmarkCrawled> CrawlAsync(CrawlBenchmarkRun run, StoreOptions store, TopicClassifierCache topics, CancellationToken cancellationToken)
    {
        var settings = new PipelineSettings { DataDir = run.DataDirectory, Store = store };
        settings.Crawl.DefaultDelay = run.Delay;
        settings.Crawl.MaxParallelHosts = run.MaxParallelHosts;
        var before = store.IsPostgres ? await PostgresLoad.SampleAsync(store.ConnectionString!, cancellationToken) : null;
        var summary = await new PipelineRunner(settings, NullLoggerFactory.Instance, TimeProvider.System, topics)
            .RunAsync("bench", run.Sources, run.HostOverrides, progress: null, cancellationToken);
        var elapsed = summary.Sources.Max(s => s.Elapsed);
        if (before is null)
        {
            return new CrawlBenchmarkCrawled(summary.Run.Fetched, elapsed);
        }

        var load = (await PostgresLoad.SampleAsync(store.ConnectionString!, cancellationToken)).Since(before);
        return new CrawlBenchmarkCrawled(summary.Run.Fetched, elapsed, store.Provider, load.Commits, load.RowsWritten, load.CpuSeconds > 0 ? load.CpuSeconds : null);
    }

    private static async Task<bool> IsEmptyAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A fresh database has no tables yet: the frontier is looked up before it is read.
        await using var exists = new Npgsql.NpgsqlCommand("SELECT to_regclass('frontier') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
        {
            return true;
        }

        await using var command = new Npgsql.NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM frontier)", connection);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
