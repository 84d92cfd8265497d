using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class SpanIndexTests
{
    [Theory]
    [InlineData(0, 5, true)]
    [InlineData(9, 10, true)]
    [InlineData(10, 12, false)]
    [InlineData(12, 20, true)]
    [InlineData(40, 41, false)]
    [InlineData(3, 4, true)]
    public void Overlaps_SpansThatOverlapEachOther_AnswersLikeAScan(int start, int end, bool expected)
    {
        var spans = new[] { (2, 10), (4, 6), (15, 30), (29, 35) };
        var index = new SpanIndex(spans);

        Assert.Equal(expected, index.Overlaps(start, end));
        Assert.Equal(spans.Any(s => s.Item1 < end && start < s.Item2), index.Overlaps(start, end));
    }

    [Fact]
    public void Overlaps_Empty_False()
    {
        Assert.False(new SpanIndex([]).Overlaps(0, 100));
    }

    [Fact]
    public void Overlaps_RandomSpans_SameAsAScan()
    {
        var random = new Random(7);
        var spans = Enumerable.Range(0, 300).Select(_ => random.Next(1000)).Select(s => (s, s + random.Next(1, 40))).ToArray();
        var index = new SpanIndex(spans);

        for (var i = 0; i < 2000; i++)
        {
            var start = random.Next(1050);
            var end = start + random.Next(1, 30);
            Assert.Equal(spans.Any(s => s.Item1 < end && start < s.Item2), index.Overlaps(start, end));
        }
    }
}
