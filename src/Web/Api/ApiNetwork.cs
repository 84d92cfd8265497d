using Pipeline.Analysis.Trends;

namespace Pipeline.Web.Api;

/// <summary>The cooperation network as <c>/api/network</c> returns it: the top nodes and the edges between them.</summary>
/// <param name="Top">How many nodes were kept at most.</param>
/// <param name="TotalNodes">Nodes of the whole network under the filters.</param>
/// <param name="TotalEdges">Edges of the whole network under the filters.</param>
/// <param name="Nodes">The kept nodes, most articles first.</param>
/// <param name="Edges">Edges between kept nodes, heaviest first.</param>
internal sealed record ApiNetwork(int Top, int TotalNodes, int TotalEdges, IReadOnlyList<ApiNetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges);
