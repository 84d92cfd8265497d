using Pipeline.Status;
using Pipeline.Storage;

namespace Pipeline.Web;

/// <summary>What the runs and status page shows: <c>pipeline status</c>, the frontier by state, and <c>pipeline runs</c>.</summary>
/// <param name="Status">Schedule, run in progress, last run, store, index and problems.</param>
/// <param name="Frontier">Addresses by state.</param>
/// <param name="Runs">The latest runs, newest first.</param>
internal sealed record StatusView(PipelineStatus Status, IReadOnlyDictionary<string, int> Frontier, IReadOnlyList<RunRecord> Runs)
{
    public const int RunsShown = 20;

    public static async Task<StatusView> ReadAsync(WebArchive archive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var status = await archive.StatusAsync(cancellationToken);
        var frontier = await archive.Stores.Frontier.CountByStateAsync(cancellationToken);
        var runs = await archive.Stores.Runs.ListAsync(RunsShown, cancellationToken);
        return new StatusView(status, frontier, runs);
    }
}
