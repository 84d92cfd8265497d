namespace Pipeline.Storage;

/// <summary>One node of the crawler nodes sharing a PostgreSQL store, as the database sees it.</summary>
/// <param name="Name">The node's name (<c>Node:Name</c>), which is also its Quartz instance id.</param>
/// <param name="LastCheckin">The daemon's last Quartz cluster check-in; null for a node that runs no daemon.</param>
/// <param name="CheckinInterval">How often that daemon checks in; null without a daemon.</param>
/// <param name="CheckedIn">True when the daemon checked in within twice its interval plus <see cref="CheckinGrace"/>.</param>
/// <param name="Running">True while a process of this node holds its name: a run is in progress there.</param>
/// <param name="Hosts">The hosts it holds an unexpired lease on, ascending.</param>
public sealed record CrawlerNode(
    string Name,
    DateTimeOffset? LastCheckin,
    TimeSpan? CheckinInterval,
    bool CheckedIn,
    bool Running,
    IReadOnlyList<string> Hosts)
{
    /// <summary>
    /// Time past a missed check-in before a daemon counts as gone: Quartz's own default cluster check-in misfire
    /// threshold, the wait before another node recovers its jobs.
    /// </summary>
    public static readonly TimeSpan CheckinGrace = TimeSpan.FromSeconds(7.5);

    /// <summary>True when the node is alive by either sign.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Live => CheckedIn || Running;
}
