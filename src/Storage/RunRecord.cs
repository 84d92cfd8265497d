namespace Pipeline.Storage;

/// <summary>One run of the pipeline as recorded in the runs table.</summary>
/// <param name="Id">Run number.</param>
/// <param name="Kind">"demo", "crawl"...</param>
/// <param name="StartedAt">Start time.</param>
/// <param name="EndedAt">End time; null while running or when the process died.</param>
/// <param name="Status">"running", "succeeded", "partial" (finished, but some listing failed; see Errors), "failed", "cancelled" (stopped by the operator) or "interrupted" (the process died).</param>
/// <param name="Discovered">Article links discovered.</param>
/// <param name="Fetched">Article pages fetched.</param>
/// <param name="New">New articles stored.</param>
/// <param name="Updated">Changed articles stored.</param>
/// <param name="Unchanged">Articles fetched again without change.</param>
/// <param name="Duplicates">Pages whose content was already stored under another address.</param>
/// <param name="Skipped">Pages that were not articles.</param>
/// <param name="Failed">Failed fetches or extractions.</param>
/// <param name="Blocked">Addresses robots.txt forbids.</param>
/// <param name="Indexed">Articles written to the index.</param>
/// <param name="Message">Error or remark.</param>
/// <param name="Analyzed">Articles whose facts and topics were computed.</param>
/// <param name="Stage">The stage reached: "crawl", "analysis", "index" or "done".</param>
/// <param name="FiredBy">What started it: "cli", "cron", "catch-up", "manual", "recovery".</param>
/// <param name="Errors">What went wrong, one line each ("stage: message"); empty when nothing did.</param>
/// <param name="Node">The node that ran it (<c>Node:Name</c>); null for runs recorded before nodes were.</param>
public sealed record RunRecord(
    long Id,
    string Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string Status,
    int Discovered,
    int Fetched,
    int New,
    int Updated,
    int Unchanged,
    int Duplicates,
    int Skipped,
    int Failed,
    int Blocked,
    int Indexed,
    string? Message,
    int Analyzed = 0,
    string? Stage = null,
    string? FiredBy = null,
    IReadOnlyList<string>? Errors = null,
    string? Node = null)
{
    /// <summary>True for a run that ended badly: it failed or its process died.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool EndedBadly => Status is RunStatus.Failed or RunStatus.Interrupted;
}
