using System.Diagnostics;

namespace Pipeline.Bench;

/// <summary>Runs a workload until tiered compilation has reached optimised code, before anything is timed.</summary>
internal static class WarmUp
{
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
