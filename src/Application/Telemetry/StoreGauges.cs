using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Telemetry;

/// <summary>
/// Gauges of the store on the "Pipeline" meter: the frontier's queue depth per source and the index lag (store
/// sequence minus the sequence the index has committed). Both are database reads, which a gauge's callback must not
/// make (it runs synchronously on every scrape): they are sampled here every <see cref="SampleInterval"/> and the
/// callbacks report the last sample.
/// </summary>
/// <param name="stores">The stores.</param>
/// <param name="indexedSequence">The sequence of the index's last commit, 0 without an index.</param>
/// <param name="timeProvider">The clock of the sampling.</param>
/// <param name="logger">Where a failed sample is reported.</param>
public sealed class StoreGauges(PipelineStores stores, Func<long> indexedSequence, TimeProvider timeProvider, ILogger<StoreGauges> logger) : BackgroundService
{
    /// <summary>How often the store is sampled: a Prometheus scrape interval is usually 15 s to 1 min.</summary>
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(15);

    private readonly Meter meter = new(PipelineMeter.Name);
    private volatile Sample? last;

    /// <summary>Takes one sample now (also the first thing the service does).</summary>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>A task that completes when the sample is taken.</returns>
    public async Task SampleAsync(CancellationToken cancellationToken = default)
    {
        var queued = await stores.Frontier.CountDiscoveredBySourceAsync(cancellationToken);
        var (_, storeSequence) = await stores.Articles.CountAsync(cancellationToken);
        last = new Sample(queued, Math.Max(0, storeSequence - indexedSequence()));
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        meter.CreateObservableGauge("pipeline.frontier.queue.depth", () => (last?.Queued ?? new Dictionary<string, int>()).Select(kv => new Measurement<long>(kv.Value, new KeyValuePair<string, object?>("source", kv.Key))), description: "Addresses waiting for their first fetch, per source.");
        meter.CreateObservableGauge("pipeline.index.lag", () => last is { } sample ? [new Measurement<long>(sample.IndexLag)] : Array.Empty<Measurement<long>>(), description: "Store sequence minus the sequence of the index's last commit: articles stored but not yet searchable here.");
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        meter.Dispose();
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SampleInterval, timeProvider);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that is away for a moment leaves the last sample standing; the next tick tries again.
                TelemetryLog.SampleFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private sealed record Sample(IReadOnlyDictionary<string, int> Queued, long IndexLag);
}
