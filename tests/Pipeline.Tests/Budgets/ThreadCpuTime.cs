using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Tests.Budgets;

/// <summary>
/// Processor time used by the calling thread: unlike wall time it does not grow when a loaded machine makes the
/// thread wait, so a budget test measures the work itself. Read from /proc on Linux (in steps of 10 ms); elsewhere
/// the wall time stands in.
/// </summary>
internal static class ThreadCpuTime
{
    private const string StatPath = "/proc/thread-self/stat";

    /// <summary>Seconds per clock tick in /proc (USER_HZ, 100 on every Linux that .NET runs on).</summary>
    private const double TickSeconds = 0.01;

    private static readonly Stopwatch Wall = Stopwatch.StartNew();

    public static TimeSpan Now()
    {
        if (!File.Exists(StatPath))
        {
            return Wall.Elapsed;
        }

        // The command name in parentheses may hold spaces; the fields after its closing parenthesis do not.
        var stat = File.ReadAllText(StatPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks * TickSeconds);
    }
}
