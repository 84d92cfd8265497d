using System.ComponentModel.DataAnnotations;

namespace Pipeline.Configuration;

/// <summary>This process as one node of the crawler nodes that share a PostgreSQL store.</summary>
public sealed class NodeOptions
{
    /// <summary>
    /// The node's name: in its host leases, its runs and, on PostgreSQL, as its Quartz instance id. Keep it stable
    /// across restarts: a node that starts marks as interrupted the runs it left running under this name. Two live
    /// processes cannot share one name on a PostgreSQL store (the second is refused), so give each node on one machine
    /// its own. Default: the machine name. 1 to 200 letters, digits, '_', '.', ':' or '-'.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9_.:-]{1,200}$", ErrorMessage = "The Name field must be 1 to 200 letters, digits, '_', '.', ':' or '-'.")]
    public string? Name { get; set; }

    /// <summary>The name in force: <see cref="Name"/>, or the machine name when it is not set.</summary>
    public string Resolved => string.IsNullOrWhiteSpace(Name) ? Environment.MachineName : Name;
}
