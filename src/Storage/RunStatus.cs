namespace Pipeline.Storage;

/// <summary>The states of a run in the runs table.</summary>
public static class RunStatus
{
    /// <summary>Started and not finished; a run whose process died stays here until the next start marks it.</summary>
    public const string Running = "running";

    /// <summary>Every stage finished.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>
    /// Every stage finished, but some listing (robots.txt, feed, section page, sitemap) could not be read or was read
    /// only in part; the errors name each one. It is not a success: the next run reads sitemaps in full again rather
    /// than only what changed since this one. <c>status --check</c> does not count it as a problem, because everything
    /// the run could reach was stored and indexed; <c>runs</c> and the status page show it and its errors.
    /// </summary>
    public const string Partial = "partial";

    /// <summary>A stage failed; the message says why.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped by the operator (Ctrl+C, SIGTERM) after committing what it had.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The process died during the run (kill -9, crash, power loss); found and marked by a later start.</summary>
    public const string Interrupted = "interrupted";
}
