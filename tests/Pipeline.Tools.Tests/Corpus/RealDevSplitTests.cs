using Pipeline.Corpus;

namespace Pipeline.Tools.Tests.Corpus;

public sealed class RealDevSplitTests
{
    [Fact]
    public void Of_ManyIds_SplitsRoughlyInHalfAndNeverChanges()
    {
        var ids = Enumerable.Range(1, 400).Select(i => $"zz-{i:000}").ToList();

        var splits = ids.Select(RealDevSplit.Of).ToList();

        Assert.Equal(splits, ids.Select(RealDevSplit.Of));
        Assert.InRange(splits.Count(s => s == "test"), 160, 240);
        Assert.All(splits, s => Assert.Contains(s, RealDevSplit.Names));
    }

    [Theory]
    [InlineData("la-01", "test")]
    [InlineData("wo-02", "dev")]
    public void Of_KnownIds_FixedSplit(string id, string split)
    {
        Assert.Equal(split, RealDevSplit.Of(id));
    }
}
