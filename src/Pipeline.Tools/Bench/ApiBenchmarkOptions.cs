using System.Globalization;
using System.Reflection;

namespace Pipeline.Bench;

/// <summary>How <c>bench api</c> runs. <see cref="Validate"/> lists every value out of range before anything starts.</summary>
public sealed record ApiBenchmarkOptions
{
    /// <summary>Generated articles in the index. Default 100,000; 1,000-500,000.</summary>
    public int Articles { get; init; } = 100_000;

    /// <summary>Closed-loop clients of the warm-up and of the phase that measures the maximum throughput, each sending its next search as soon as its last answer arrived. Default 50; 1-500.</summary>
    public int Clients { get; init; } = 50;

    /// <summary>Measured time of each phase: the maximum-throughput phase and each open-loop rate. Default 20 s; 2-600 s.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Most load before measuring; the warm-up ends sooner once throughput stops rising. Default 60 s; 1-300 s.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Open-loop rates as fractions of the measured maximum throughput. Default 25 %, 50 % and 80 %; each above 0 and at most 1.5.</summary>
    public IReadOnlyList<double> Loads { get; init; } = [0.25, 0.50, 0.80];

    /// <summary>Most connections the open loop holds at once: a request due while all are busy opens another, up to this. Default 1,000; 1-10,000.</summary>
    public int MaxConnections { get; init; } = 1_000;

    /// <summary>How long after a rate's last send its outstanding answers are awaited before they count as unanswered. Default 10 s; 1-120 s.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seed of the articles, the sampled queries and the order they are sent in. Default 7.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>Queries sampled per kind (one-term, two-term, phrase, filtered). Default 500; 1-10,000.</summary>
    public int QueriesPerKind { get; init; } = 500;

    /// <summary>Where the index is built and kept for the next run. Default: pipeline-bench-api in the temp directory.</summary>
    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "pipeline-bench-api");

    /// <summary>
    /// The host assembly the child process runs <c>pipeline serve</c> from: this very build. The benchmark lives in a
    /// library, so it cannot name the host itself; the CLI sets it. Default: the process's entry assembly.
    /// </summary>
    public string ServerAssembly { get; init; } = Assembly.GetEntryAssembly()?.Location ?? string.Empty;

    /// <summary>Every value out of its range, one message each; empty when the options can run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }

        Check(Articles is >= 1_000 and <= 500_000, "Articles (--articles) must be between 1000 and 500000.");
        Check(Clients is >= 1 and <= 500, "Clients (--clients) must be between 1 and 500.");
        Check(Duration >= TimeSpan.FromSeconds(2) && Duration <= TimeSpan.FromSeconds(600), "Duration (--duration) must be between 2 and 600 seconds.");
        Check(WarmUp >= TimeSpan.FromSeconds(1) && WarmUp <= TimeSpan.FromSeconds(300), "WarmUp (--warm-up) must be between 1 and 300 seconds.");
        Check(Loads is { Count: > 0 }, "Loads (--loads) must name at least one rate.");
        foreach (var load in Loads ?? [])
        {
            Check(load is > 0 and <= 1.5, string.Create(CultureInfo.InvariantCulture, $"Each load (--loads) must be above 0 and at most 1.5 of the maximum throughput ({load} is not)."));
        }

        Check(MaxConnections is >= 1 and <= 10_000, "MaxConnections (--max-connections) must be between 1 and 10000.");
        Check(Drain >= TimeSpan.FromSeconds(1) && Drain <= TimeSpan.FromSeconds(120), "Drain must be between 1 and 120 seconds.");
        Check(QueriesPerKind is >= 1 and <= 10_000, "QueriesPerKind must be between 1 and 10000.");
        Check(!string.IsNullOrWhiteSpace(WorkDirectory), "WorkDirectory must be given.");
        return problems;
    }

    /// <summary>Throws when any value is out of range, naming them all.</summary>
    /// <exception cref="ArgumentException">At least one value is out of range.</exception>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("bench api options are invalid: " + string.Join(" ", problems));
        }
    }
}
