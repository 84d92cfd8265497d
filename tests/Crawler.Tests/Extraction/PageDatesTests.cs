using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class PageDatesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("Thứ tư, 22/10/2025, 19:25 (GMT+7)", 2025, 10, 22, 19, 25)]
    [InlineData("21:31 | 01/02/2026", 2026, 2, 1, 21, 31)]
    [InlineData("03-03-2026 22:00", 2026, 3, 3, 22, 0)]
    [InlineData("Cập nhật: 14/5/2025", 2025, 5, 14, 0, 0)]
    public void ParseByline_VietnameseFormats_ParsedAsVietnamTime(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, Vietnam), PageDates.ParseByline(text));
    }

    [Theory]
    [InlineData("32/13/2025")]
    [InlineData("không có ngày")]
    [InlineData("01/01/1850")]
    public void ParseByline_NoPlausibleDate_ReturnsNull(string text)
    {
        Assert.Null(PageDates.ParseByline(text));
    }

    [Fact]
    public void ParseMachineDate_NoOffset_AssumesVietnam()
    {
        Assert.Equal(new DateTimeOffset(2025, 10, 22, 19, 25, 52, Vietnam), PageDates.ParseMachineDate("2025-10-22T19:25:52"));
    }

    [Fact]
    public void ParseMachineDate_WithOffset_KeepsIt()
    {
        Assert.Equal(new DateTimeOffset(2025, 10, 22, 12, 25, 52, TimeSpan.Zero), PageDates.ParseMachineDate("2025-10-22T12:25:52Z"));
    }
}
