namespace Pipeline.Analysis.Trends;

/// <summary>Two participants named together; undirected.</summary>
/// <param name="Source">The first node's id.</param>
/// <param name="Target">The second node's id.</param>
/// <param name="Weight">Articles naming both.</param>
/// <param name="Topics">Topic labels of those articles, most frequent first.</param>
/// <param name="First">First publication day among them.</param>
/// <param name="Last">Last publication day among them.</param>
public sealed record NetworkEdge(string Source, string Target, int Weight, IReadOnlyList<string> Topics, DateOnly First, DateOnly Last);
