using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pipeline.Telemetry;

/// <summary>How long runs take, on the "Pipeline" meter, by kind and final status.</summary>
internal static class RunMetrics
{
    private static readonly Meter Meter = new(PipelineMeter.Name);

    private static readonly Histogram<double> Durations = Meter.CreateHistogram<double>("pipeline.run.duration", unit: "s", description: "Wall time of a run, from its start to its record's end, by kind and status.");

    /// <summary>Records one finished run.</summary>
    /// <param name="kind">"crawl", "reextract", ...</param>
    /// <param name="status">A <see cref="Storage.RunStatus"/> value.</param>
    /// <param name="elapsed">Its wall time.</param>
    public static void Finished(string kind, string status, TimeSpan elapsed) =>
        Durations.Record(elapsed.TotalSeconds, new TagList { { "kind", kind }, { "status", status } });
}
