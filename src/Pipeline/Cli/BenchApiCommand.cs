using System.CommandLine;
using System.Globalization;
using Pipeline.Bench;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline bench api [--articles N] [--clients N] [--duration S] [--json]</c>: /api/search latency under concurrent clients on loopback.</summary>
internal static class BenchApiCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "Generated articles in the index (1,000-500,000).", DefaultValueFactory = _ => 100_000 };
        articles.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1_000 or > 500_000) { r.AddError("--articles must be between 1000 and 500000."); } });
        var clients = new Option<int>("--clients") { Description = "Concurrent clients, each sending its next search as soon as the last answer arrived (1-500).", DefaultValueFactory = _ => 50 };
        clients.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 500) { r.AddError("--clients must be between 1 and 500."); } });
        var duration = new Option<int>("--duration") { Description = "Measured seconds (5-600).", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        duration.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 5 or > 600) { r.AddError("--duration must be between 5 and 600 seconds."); } });
        var warmUp = new Option<int>("--warm-up") { Description = "Most seconds of load before measuring; the warm-up ends sooner once throughput stops rising (2-300).", DefaultValueFactory = _ => 60, HelpName = "SECONDS" };
        warmUp.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 2 or > 300) { r.AddError("--warm-up must be between 2 and 300 seconds."); } });
        var seed = new Option<int>("--seed") { Description = "Seed of the generated articles and the sampled queries.", DefaultValueFactory = _ => 7 };
        var workDir = new Option<string?>("--work-dir") { Description = "Where the index is built and kept for later runs (default: pipeline-bench-api in the temp directory).", HelpName = "DIR" };
        var json = GlobalOptions.Json();
        var command = new Command("api", "Serve a generated index with the web app on loopback and time /api/search under concurrent clients: requests/s, p50/p95/p99, errors, 429s.")
        {
            articles, clients, duration, warmUp, seed, workDir, json,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var options = new ApiBenchmarkOptions(
                    parseResult.GetValue(articles),
                    parseResult.GetValue(clients),
                    TimeSpan.FromSeconds(parseResult.GetValue(duration)),
                    TimeSpan.FromSeconds(parseResult.GetValue(warmUp)),
                    parseResult.GetValue(seed),
                    500,
                    parseResult.GetValue(workDir) ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-api"));
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(await ApiBenchmark.RunAsync(options, _ => { }, cancellationToken)));
                    return ExitCodes.Ok;
                }

                ApiBenchmarkResult? result = null;
                await context.Console.Status().StartAsync("bench api", async status =>
                    result = await ApiBenchmark.RunAsync(options, s => status.Status($"bench api: {s}"), cancellationToken));
                Render(context.Console, result!);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, ApiBenchmarkResult result)
    {
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"bench api: /api/search, {result.Articles:N0} articles, {result.Clients} clients on loopback"))
            .AddColumns("Measure", "Value");
        table.AddRow("index", result.IndexReused ? "reused from an earlier run" : "built for this run");
        table.AddRow("measured", string.Create(CultureInfo.InvariantCulture, $"{result.Seconds:0.0} s after {result.WarmUpSeconds:0} s of warm-up"));
        table.AddRow("requests", string.Create(CultureInfo.InvariantCulture, $"{result.Requests:N0} ({result.RequestsPerSecond:0.0}/s)"));
        table.AddRow("p50 / p95", string.Create(CultureInfo.InvariantCulture, $"{result.P50Ms:0.0} / {result.P95Ms:0.0} ms"));
        table.AddRow("[bold]p99[/]", string.Create(CultureInfo.InvariantCulture, $"[bold]{result.P99Ms:0.0} ms[/] (goal < {result.TargetP99Ms:0} ms: {(result.Met ? "[green]met[/]" : "[red]not met[/]")})"));
        table.AddRow("slowest", string.Create(CultureInfo.InvariantCulture, $"{result.MaxMs:0.0} ms"));
        table.AddRow("errors / 429", string.Create(CultureInfo.InvariantCulture, $"{result.Errors} / {result.TooManyRequests}"));
        table.AddRow("processor per request", string.Create(CultureInfo.InvariantCulture, $"{result.ProcessorMsPerRequest:0.0} ms (server and clients together)"));
        table.AddRow("garbage collection", string.Create(CultureInfo.InvariantCulture, $"{result.GcPauseMs:0} ms of pauses in {result.GcCollections} collections ({result.GcFullCollections} full) while measuring, {result.AllocatedKbPerRequest:0} KB allocated per request ({(result.ServerGc ? "server" : "workstation")} collector)"));
        table.AddRow("time in the searcher", string.Create(CultureInfo.InvariantCulture, $"{result.MeanSearchMs:0.0} ms per search on average (matching, scoring, facets, snippets)"));
        table.AddRow("mean matches", string.Create(CultureInfo.InvariantCulture, $"{result.MeanHits:N0} articles per search (facets count them all)"));
        table.AddRow("rate limit", Markup.Escape(result.RateLimit));
        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Server and load generator share {result.Processors} cores (load average {result.LoadAverage:0.0} at the end); each client sends its next search as soon as its last answer arrives."));
    }
}
