using Pipeline.Analysis.Trends;

namespace Pipeline.Tests.Trends;

public sealed class StorySignatureGoldTests(GoldTrendFixture fixture) : IClassFixture<GoldTrendFixture>
{
    private static readonly int Threshold = new TrendOptions().SyndicationMaxDistance;

    [Fact]
    public void Distance_SyndicatedCopies_WithinThreshold()
    {
        foreach (var original in fixture.Syndicated)
        {
            var copy = GoldTrendFixture.CopyOf(original);
            var copyText = string.Join('\n', new[] { copy.Lead! }.Concat(copy.Paragraphs));

            Assert.InRange(StorySignature.Distance(StorySignature.Of(original.Text), StorySignature.Of(copyText)), 0, Threshold);
        }
    }

    [Fact]
    public void Distance_DistinctGoldArticles_AboveThreshold()
    {
        // The corpus has look-alike stories (the same hospital's transfers to two provinces, stroke centres opened in two
        // provinces, hand-foot-mouth outbreaks in the same city): none may pass for a copy of another.
        var signatures = fixture.Gold.Select(g => (g.Source.Slug, Signature: StorySignature.Of(g.Text))).ToList();
        var closest = signatures.SelectMany((a, i) => signatures.Skip(i + 1).Select(b => (a.Slug, b.Slug, Distance: StorySignature.Distance(a.Signature, b.Signature))))
            .MinBy(p => p.Distance);

        Assert.True(closest.Distance > Threshold, $"{closest.Item1} and {closest.Item2} are {closest.Distance} bits apart");
    }
}
