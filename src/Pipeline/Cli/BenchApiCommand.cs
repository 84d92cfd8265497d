using System.CommandLine;
using System.Globalization;
using Pipeline.Bench;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline bench api [--articles N] [--clients N] [--duration S] [--warm-up S] [--loads P,P,...] [--json]</c>:
/// the maximum /api/search throughput on loopback, then latency under an open loop at fractions of it.
/// </summary>
internal static class BenchApiCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new ApiBenchmarkOptions();
        var articles = new Option<int>("--articles") { Description = "Generated articles in the index (1,000-500,000).", DefaultValueFactory = _ => defaults.Articles };
        var clients = new Option<int>("--clients") { Description = "Closed-loop clients of the warm-up and the maximum-throughput phase, each sending its next search as soon as its last answer arrived (1-500).", DefaultValueFactory = _ => defaults.Clients };
        var duration = new Option<int>("--duration") { Description = "Measured seconds of each phase: the maximum, then each open-loop rate (2-600).", DefaultValueFactory = _ => (int)defaults.Duration.TotalSeconds, HelpName = "SECONDS" };
        var warmUp = new Option<int>("--warm-up") { Description = "Most seconds of load before measuring; the warm-up ends sooner once throughput stops rising (1-300).", DefaultValueFactory = _ => (int)defaults.WarmUp.TotalSeconds, HelpName = "SECONDS" };
        var loads = new Option<string>("--loads") { Description = "Open-loop rates in percent of the measured maximum, comma-separated (each above 0, at most 150).", DefaultValueFactory = _ => string.Join(',', defaults.Loads.Select(l => (l * 100).ToString("0.##", CultureInfo.InvariantCulture))), HelpName = "PERCENTS" };
        var maxConnections = new Option<int>("--max-connections") { Description = "Most requests the open loop keeps outstanding, one connection each (1-10,000).", DefaultValueFactory = _ => defaults.MaxConnections };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated articles, the sampled queries and their order.", DefaultValueFactory = _ => defaults.Seed };
        var workDir = new Option<string?>("--work-dir") { Description = "Where the index is built and kept for later runs (default: pipeline-bench-api in the temp directory).", HelpName = "DIR" };
        var json = GlobalOptions.Json();
        var command = new Command("api", "Serve a generated index on loopback (in a child process), measure /api/search's maximum throughput, then p50/p99 with requests sent at a fixed rate of 25, 50 and 80 % of it; client and server processor time apart.")
        {
            articles, clients, duration, warmUp, loads, maxConnections, seed, workDir, json,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var options = defaults with
                {
                    Articles = parseResult.GetValue(articles),
                    Clients = parseResult.GetValue(clients),
                    Duration = TimeSpan.FromSeconds(parseResult.GetValue(duration)),
                    WarmUp = TimeSpan.FromSeconds(parseResult.GetValue(warmUp)),
                    Loads = ParseLoads(parseResult.GetValue(loads)!),
                    MaxConnections = parseResult.GetValue(maxConnections),
                    Seed = parseResult.GetValue(seed),
                    WorkDirectory = parseResult.GetValue(workDir) ?? defaults.WorkDirectory,
                    ServerAssembly = typeof(BenchApiCommand).Assembly.Location,
                };
                if (options.Problems() is { Count: > 0 } problems)
                {
                    throw new UsageException(string.Join(" ", problems));
                }

                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(await ApiBenchmark.RunAsync(options, context.TimeProvider, _ => { }, cancellationToken)));
                    return ExitCodes.Ok;
                }

                ApiBenchmarkResult? result = null;
                await context.Console.Status().StartAsync("bench api", async status =>
                    result = await ApiBenchmark.RunAsync(options, context.TimeProvider, s => status.Status($"bench api: {Markup.Escape(s)}"), cancellationToken));
                Render(context.Console, result!);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>"25,50,80" as fractions; a value that is not a number is a usage error, a number out of range is left to the options' check.</summary>
    internal static IReadOnlyList<double> ParseLoads(string text)
    {
        var loads = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) || !double.IsFinite(percent))
            {
                throw new UsageException($"--loads takes percents separated by commas, such as 25,50,80 ('{part}' is not a number).");
            }

            loads.Add(percent / 100);
        }

        return loads;
    }

    private static void Render(IAnsiConsole console, ApiBenchmarkResult result)
    {
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"bench api: /api/search, {result.Articles:N0} articles on loopback, maximum [bold]{result.MaxRequestsPerSecond:0.0} requests/s[/]"))
            .AddColumns("Phase", "Offered /s", "Achieved /s", "p50 ms", "p99 ms", "Max ms", "Errors / 429 / unanswered", "Send lag p99 ms", "Client CPU ms/req", "Server CPU ms/req", "Search ms");
        foreach (var phase in result.Rates.Prepend(result.Maximum))
        {
            var name = phase.Loop == "closed"
                ? string.Create(CultureInfo.InvariantCulture, $"maximum ({result.Clients} clients, closed loop)")
                : string.Create(CultureInfo.InvariantCulture, $"[bold]{phase.Load:P0}[/] (open loop)");
            var p99 = phase.Loop == "closed"
                ? phase.P99Ms.ToString("0.0", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{(phase.P99Ms < result.TargetP99Ms ? "[green]" : "[red]")}{phase.P99Ms:0.0}[/]");
            table.AddRow(
                name,
                phase.OfferedPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
                phase.AchievedPerSecond.ToString("0.0", CultureInfo.InvariantCulture),
                phase.P50Ms.ToString("0.0", CultureInfo.InvariantCulture),
                p99,
                phase.MaxMs.ToString("0.0", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{phase.Errors} / {phase.TooManyRequests} / {phase.Unanswered}"),
                phase.SendLagP99Ms.ToString("0.0", CultureInfo.InvariantCulture),
                phase.ClientCpuMsPerRequest.ToString("0.00", CultureInfo.InvariantCulture),
                phase.ServerCpuMsPerRequest.ToString("0.00", CultureInfo.InvariantCulture),
                phase.MeanSearchMs.ToString("0.0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Index {(result.IndexReused ? "reused from an earlier run" : "built for this run")}; {result.WarmUpSeconds:0} s of warm-up; each phase {result.Maximum.Seconds:0} s. Open-loop latency runs from each request's due time ({Markup.Escape(result.Arrivals)}), so queueing counts; goal p99 < {result.TargetP99Ms:0} ms at every open-loop rate: {(result.Met ? "[green]met[/]" : "[red]not met[/]")}."));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{Markup.Escape(result.Server)}. Both share {result.Processors} cores (load average {result.LoadAverage:0.0} at the end). Rate limit {Markup.Escape(result.RateLimit)}."));
    }
}
