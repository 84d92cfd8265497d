using System.Diagnostics;

namespace Pipeline.Bench;

/// <summary>Runs a workload until tiered compilation has reached optimised code, before anything is timed.</summary>
public static class WarmUp
{
    /// <summary>Repeats <paramref name="pass"/> for at least <paramref name="duration"/>.</summary>
    /// <param name="duration">How long to keep the workload running.</param>
    /// <param name="pass">One pass of the workload.</param>
    public static void For(TimeSpan duration, Action pass)
    {
        var stopwatch = Stopwatch.StartNew();
        do
        {
            pass();
        }
        while (stopwatch.Elapsed < duration);
    }
}
