using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class CooperationNetworkTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    [Fact]
    public void Top_FewerThanTheNodes_KeepsTheFirstNodesAndOnlyEdgesBetweenThem()
    {
        var network = new CooperationNetwork(
            TrendFilter.All,
            [Node("party:bo-y-te", 5), Node("partner:jica", 3), Node("partner:koica", 1)],
            [Edge("partner:jica", "party:bo-y-te", 3), Edge("partner:koica", "party:bo-y-te", 1), Edge("partner:jica", "partner:koica", 1)]);

        var top = network.Top(2);

        Assert.Equal(["party:bo-y-te", "partner:jica"], top.Nodes.Select(n => n.Id));
        Assert.Equal([("partner:jica", "party:bo-y-te")], top.Edges.Select(e => (e.Source, e.Target)));
        Assert.Same(network.Filter, top.Filter);
    }

    [Fact]
    public void Top_AsManyAsTheNodes_ReturnsTheNetwork()
    {
        var network = new CooperationNetwork(TrendFilter.All, [Node("party:bo-y-te", 5)], []);

        Assert.Same(network, network.Top(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => network.Top(0));
    }

    private static NetworkNode Node(string id, int articles) =>
        new(id, id.Split(':')[0], id.Split(':')[1], id, "org", null, null, articles, Day, Day);

    private static NetworkEdge Edge(string source, string target, int weight) => new(source, target, weight, [], Day, Day);
}
