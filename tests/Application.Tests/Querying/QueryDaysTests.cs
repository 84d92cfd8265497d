using Pipeline.Querying;

namespace Pipeline.Tests.Querying;

public sealed class QueryDaysTests
{
    [Theory]
    [MemberData(nameof(BoundaryDays.OutsideData), MemberType = typeof(BoundaryDays))]
    public void TryParse_RealDayOutsideTheWindow_IsOutOfRange(string typed)
    {
        Assert.Equal(QueryDayCheck.OutOfRange, QueryDays.TryParse(typed, out _));
    }

    [Theory]
    [MemberData(nameof(BoundaryDays.InsideData), MemberType = typeof(BoundaryDays))]
    public void TryParse_DayInsideTheWindow_GivesBoundsThatDoNotOverflow(string typed)
    {
        Assert.Equal(QueryDayCheck.Valid, QueryDays.TryParse(typed, out var day));

        // An inclusive end becomes the next midnight in Vietnamese time, exactly one day after the start.
        Assert.Equal(TimeSpan.FromDays(1), QueryDays.EndOf(day) - QueryDays.StartOf(day));
        Assert.Equal(TimeSpan.FromHours(7), QueryDays.StartOf(day).Offset);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("20250501")]
    [InlineData("10000-01-01")]
    [InlineData("-0001-01-01")]
    [InlineData(" 2025-05-01")]
    [InlineData("")]
    public void TryParse_NotADay_IsMalformed(string typed)
    {
        Assert.Equal(QueryDayCheck.Malformed, QueryDays.TryParse(typed, out _));
    }

    [Fact]
    public void EndOf_LastDayOfTheWindow_IsTheFollowingMidnight()
    {
        Assert.Equal(new DateTimeOffset(2101, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), QueryDays.EndOf(QueryDays.Last));
    }

    [Fact]
    public void StartOf_DayOutsideTheWindow_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QueryDays.StartOf(DateOnly.MinValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => QueryDays.EndOf(DateOnly.MaxValue));
    }
}
