namespace Pipeline.Analysis.Trends;

/// <summary>Vietnamese parties and foreign partners, linked when articles name them together.</summary>
/// <param name="Filter">Which articles.</param>
/// <param name="Nodes">Participants, most articles first.</param>
/// <param name="Edges">Pairs, heaviest first.</param>
public sealed record CooperationNetwork(TrendFilter Filter, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
