using System.Globalization;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>One crawler node in a line, for <c>pipeline status</c> and <c>pipeline runs</c>.</summary>
internal static class NodeDescription
{
    /// <summary>Whether the node is alive, its daemon's last check-in, whether it runs a run, and the hosts it has leased.</summary>
    /// <param name="node">The node.</param>
    /// <param name="offset">The offset times are shown in.</param>
    /// <returns>The line.</returns>
    public static string Of(CrawlerNode node, TimeSpan offset)
    {
        var parts = new List<string> { node.Live ? "live" : "gone" };
        if (node.LastCheckin is { } checkin)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"daemon checked in {checkin.ToOffset(offset):yyyy-MM-dd HH:mm:ss zzz} (every {node.CheckinInterval?.TotalSeconds:0.#} s)"));
        }

        parts.Add(node.Running ? "running a run" : "no run");
        parts.Add(node.Hosts.Count == 0 ? "no host leases" : string.Create(CultureInfo.InvariantCulture, $"{node.Hosts.Count} host lease(s): {string.Join(", ", node.Hosts)}"));
        return string.Join("; ", parts);
    }
}
