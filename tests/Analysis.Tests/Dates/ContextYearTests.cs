using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

public sealed class ContextYearTests
{
    [Fact]
    public void Fill_NearestWrittenYear_Used()
    {
        List<DateCandidate> dates =
        [
            new(0, 10, "2016-03-01", 2016),
            new(200, 8, "XXXX-04-02"),
            new(230, 12, "2019-05-05", 2019),
        ];

        var filled = ContextYear.Fill(dates);

        Assert.Equal("2019-04-02", filled[1].Resolved);
    }

    [Fact]
    public void Fill_RangeAcrossNewYear_EndsNextYear()
    {
        var filled = ContextYear.Fill([new DateCandidate(0, 10, "XXXX-12-28/XXXX-01-03"), new DateCandidate(40, 10, "2020-06-01", 2020)]);

        Assert.Equal("2020-12-28/2021-01-03", filled[0].Resolved);
    }

    [Fact]
    public void Fill_NoWrittenYear_StaysUnknown()
    {
        var filled = ContextYear.Fill([new DateCandidate(0, 10, "XXXX-12-04"), new DateCandidate(40, 10, "2013-10")]);

        Assert.Equal("XXXX-12-04", filled[0].Resolved);
    }
}
