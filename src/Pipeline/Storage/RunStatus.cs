namespace Pipeline.Storage;

/// <summary>The states of a run in the runs table.</summary>
public static class RunStatus
{
    /// <summary>Started and not finished; a run whose process died stays here until the next start marks it.</summary>
    public const string Running = "running";

    /// <summary>Every stage finished.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>A stage failed; the message says why.</summary>
    public const string Failed = "failed";

    /// <summary>Stopped by the operator (Ctrl+C, SIGTERM) after committing what it had.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>The process died during the run (kill -9, crash, power loss); found and marked by a later start.</summary>
    public const string Interrupted = "interrupted";
}
