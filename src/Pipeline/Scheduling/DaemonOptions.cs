namespace Pipeline.Scheduling;

/// <summary>What the command line asks of one daemon start.</summary>
/// <param name="RunNow">Fire one run right after start, besides the schedule.</param>
internal sealed record DaemonOptions(bool RunNow);
