using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

public sealed class ResolvedDatesTests
{
    [Theory]
    [InlineData("1993/2009", "1993-01-01/2009-12-31")]
    [InlineData("2023-01/2025-06", "2023-01-01/2025-06-30")]
    [InlineData("2018/2023-01-12", "2018-01-01/2023-01-12")]
    [InlineData("2024-02/2024-02", "2024-02-01/2024-02-29")]
    [InlineData("XXXX-04-24/XXXX-04-26", "XXXX-04-24/XXXX-04-26")]
    [InlineData("2025-01-01/2025-03-31", "2025-01-01/2025-03-31")]
    public void AtDayPrecision_Range_EndsAsDays(string resolved, string expected)
    {
        Assert.Equal(expected, ResolvedDates.AtDayPrecision(resolved));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2025-05")]
    [InlineData("XXXX-05-20")]
    [InlineData("không phải ngày/tháng")]
    public void AtDayPrecision_SingleOrUnreadable_Unchanged(string resolved)
    {
        Assert.Equal(resolved, ResolvedDates.AtDayPrecision(resolved));
    }

    [Theory]
    [InlineData("2018", "2018-01-01", "2018-12-31")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2025-05-20", "2025-05-20", "2025-05-20")]
    [InlineData("2021-11-01/2022-02-28", "2021-11-01", "2022-02-28")]
    public void FirstAndLast_Value_DaysItCovers(string value, string first, string last)
    {
        Assert.Equal(first, ResolvedDates.First(value));
        Assert.Equal(last, ResolvedDates.Last(value));
    }
}
