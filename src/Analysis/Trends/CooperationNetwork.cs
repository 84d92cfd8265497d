namespace Pipeline.Analysis.Trends;

/// <summary>Vietnamese parties and foreign partners, linked when articles name them together.</summary>
/// <param name="Filter">Which articles.</param>
/// <param name="Nodes">Participants, most articles first.</param>
/// <param name="Edges">Pairs, heaviest first.</param>
public sealed record CooperationNetwork(TrendFilter Filter, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    /// <summary>The <paramref name="nodes"/> nodes with the most articles and the edges between them.</summary>
    /// <param name="nodes">How many nodes to keep (1 or more).</param>
    /// <returns>This network when it is no larger.</returns>
    public CooperationNetwork Top(int nodes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        if (Nodes.Count <= nodes)
        {
            return this;
        }

        // Nodes are kept most articles first, so the first ones are the top.
        var kept = Nodes.Take(nodes).ToList();
        var ids = kept.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        return this with { Nodes = kept, Edges = Edges.Where(e => ids.Contains(e.Source) && ids.Contains(e.Target)).ToList() };
    }
}
