using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class PublishedDateChooserTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateCandidate Candidate(string source, int hour, int minute, TimeSpan offset, bool hasTime = true, bool hasOffset = true) =>
        new(source, new PageDate(new DateTimeOffset(2022, 1, 21, hasTime ? hour : 0, hasTime ? minute : 0, 0, offset), hasTime, hasOffset));

    [Fact]
    public void Choose_NoCandidates_ReturnsNull()
    {
        Assert.Null(PublishedDateChooser.Choose([], vietnamesePage: true));
    }

    [Fact]
    public void Choose_ForeignOffsetSameWallClockAsGmt7Byline_BylineWins()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("json-ld", 8, 12, TimeSpan.FromHours(8)), Candidate("byline", 8, 12, Vietnam)], vietnamesePage: true);

        Assert.Equal(new DateTimeOffset(2022, 1, 21, 8, 12, 0, Vietnam), chosen?.Value);
        Assert.Equal(new PublishedDateSource("byline", "json-ld offset +08:00 contradicts the GMT+7 byline"), chosen?.Source);
    }

    [Fact]
    public void Choose_ForeignOffsetAgainstUnmarkedBylineOnForeignPage_MetadataKept()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("json-ld", 8, 12, TimeSpan.FromHours(8)), Candidate("byline", 8, 12, Vietnam, hasOffset: false)], vietnamesePage: false);

        Assert.Equal("json-ld", chosen?.Source.Published);
    }

    [Fact]
    public void Choose_ForeignOffsetAgainstUnmarkedBylineOnVietnamesePage_BylineWins()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("json-ld", 8, 12, TimeSpan.FromHours(8)), Candidate("byline", 8, 12, Vietnam, hasOffset: false)], vietnamesePage: true);

        Assert.Equal("byline", chosen?.Source.Published);
    }

    [Fact]
    public void Choose_SameInstantInAnotherOffset_MetadataAgrees()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("json-ld", 9, 12, TimeSpan.FromHours(8)), Candidate("byline", 8, 12, Vietnam)], vietnamesePage: true);

        Assert.Equal(new PublishedDateSource("json-ld", "json-ld agrees with the byline"), chosen?.Source);
        Assert.Equal(TimeSpan.FromHours(8), chosen?.Value.Offset);
    }

    [Fact]
    public void Choose_DateOnlyMetadataAndTimedByline_BylineWins()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("meta", 0, 0, Vietnam, hasTime: false, hasOffset: false), Candidate("byline", 8, 12, Vietnam)], vietnamesePage: true);

        Assert.Equal(new DateTimeOffset(2022, 1, 21, 8, 12, 0, Vietnam), chosen?.Value);
        Assert.Equal("meta gives only the day; byline gives the time on that day", chosen?.Source.Reason);
    }

    [Fact]
    public void Choose_DateOnlyOnAnotherDay_StaysFirst()
    {
        var otherDay = new DateCandidate("meta", new PageDate(new DateTimeOffset(2022, 1, 20, 0, 0, 0, Vietnam), HasTime: false, HasOffset: false));

        var chosen = PublishedDateChooser.Choose([otherDay, Candidate("byline", 8, 12, Vietnam)], vietnamesePage: true);

        Assert.Equal("meta", chosen?.Source.Published);
        Assert.Equal("meta is preferred to the byline, which gives another time", chosen?.Source.Reason);
    }

    [Fact]
    public void Choose_IsoGmt7AgreesWithByline_JsonLdWins()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("json-ld", 8, 12, Vietnam), Candidate("byline", 8, 12, Vietnam, hasOffset: false)], vietnamesePage: true);

        Assert.Equal(new PublishedDateSource("json-ld", "json-ld agrees with the byline"), chosen?.Source);
    }

    [Fact]
    public void Choose_SingleCandidate_SaysSo()
    {
        var chosen = PublishedDateChooser.Choose([Candidate("time", 8, 12, Vietnam)], vietnamesePage: true);

        Assert.Equal("the only date the page gives (time)", chosen?.Source.Reason);
    }
}
