using Pipeline.Bench;

namespace Pipeline.Tools.Tests.Bench;

public sealed class LatencyPercentilesTests
{
    private static readonly double[] OneToHundred = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    [InlineData(0.00, 1)]
    [InlineData(0.995, 100)]
    public void Of_OneToHundred_ReturnsTheNearestRank(double fraction, double expected)
    {
        Assert.Equal(expected, LatencyPercentiles.Of(OneToHundred, fraction));
    }

    [Fact]
    public void Of_FewLatencies_P99IsTheSlowestAndP50AnObservedValue()
    {
        double[] sorted = [3, 5, 8, 400];

        Assert.Equal(400, LatencyPercentiles.Of(sorted, 0.99));
        Assert.Equal(5, LatencyPercentiles.Of(sorted, 0.50));
    }

    [Fact]
    public void Of_NoLatency_ReturnsZero()
    {
        Assert.Equal(0, LatencyPercentiles.Of([], 0.99));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Of_FractionOutsideZeroToOne_Throws(double fraction)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencyPercentiles.Of(OneToHundred, fraction));
    }
}
