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
    [InlineData("20/01/2022 01:39 PM", 2022, 1, 20, 13, 39)]
    [InlineData("20/01/2022 12:05 AM", 2022, 1, 20, 0, 5)]
    [InlineData("20/01/2022 12:40 PM", 2022, 1, 20, 12, 40)]
    [InlineData("21/01/2022 08:12 SA", 2022, 1, 21, 8, 12)]
    [InlineData("21/01/2022 08:12 CH", 2022, 1, 21, 20, 12)]
    [InlineData("08:12 CH 21/01/2022", 2022, 1, 21, 20, 12)]
    [InlineData("Đăng lúc 7:30 tối, 21/01/2022", 2022, 1, 21, 19, 30)]
    [InlineData("15:00 chiều 21/01/2022", 2022, 1, 21, 15, 0)]
    [InlineData("08:12 21/01/2022", 2022, 1, 21, 8, 12)]
    [InlineData("09:09 26/03/2024", 2024, 3, 26, 9, 9)]
    [InlineData("17:26 - 18/01/2016", 2016, 1, 18, 17, 26)]
    [InlineData("22/10/2025 19:25 GMT+7", 2025, 10, 22, 19, 25)]
    [InlineData("Cập nhật: 10h36 | 02/02/2010", 2010, 2, 2, 10, 36)]
    [InlineData("14:24 | 28/08/2021 GMT+7", 2021, 8, 28, 14, 24)]
    [InlineData("21/01/2022 - 08:12", 2022, 1, 21, 8, 12)]
    [InlineData("21-01-2022 - 08:12", 2022, 1, 21, 8, 12)]
    [InlineData("21/01/2022 | 08:12", 2022, 1, 21, 8, 12)]
    [InlineData("08:12, 21/01/2022", 2022, 1, 21, 8, 12)]
    public void ParseByline_VietnameseFormats_ParsedAsVietnamTime(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, Vietnam), PageDates.ParseByline(text));
    }

    [Theory]
    [InlineData("Thứ Ba, 07/04/2020, 16:14:19", 2020, 4, 7, 16, 14, 19)]
    [InlineData("18.07.2017 | 15:03:08", 2017, 7, 18, 15, 3, 8)]
    public void ParseByline_WithSeconds_KeepsThem(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, Vietnam), PageDates.ParseByline(text));
    }

    [Theory]
    [InlineData("22/10/2025 19:25 GMT+8", 8, 0)]
    [InlineData("22/10/2025 19:25 (GMT+05:30)", 5, 30)]
    [InlineData("22/10/2025 19:25 UTC+0", 0, 0)]
    public void ParseByline_WrittenOffset_KeepsIt(string text, int hours, int minutes)
    {
        var parsed = PageDates.ParseByline(text);

        Assert.Equal(new TimeSpan(hours, minutes, 0), parsed?.Offset);
        Assert.Equal(19, parsed?.Hour);
    }

    [Fact]
    public void ParseByline_DecomposedVietnamese_ReadsTheMarker()
    {
        var decomposed = "21/01/2022 08:12 chiều".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(new DateTimeOffset(2022, 1, 21, 20, 12, 0, Vietnam), PageDates.ParseByline(decomposed));
    }

    [Theory]
    [InlineData("21/01/2022 08:12 SAU")]
    [InlineData("số 21/01/2022 08:12 SAN")]
    public void ParseByline_LettersAfterTheTime_NotAMarker(string text)
    {
        Assert.Equal(new DateTimeOffset(2022, 1, 21, 8, 12, 0, Vietnam), PageDates.ParseByline(text));
    }

    [Fact]
    public void ParseByline_DigitsGlued_SkipsToTheRealDate()
    {
        Assert.Equal(new DateTimeOffset(2023, 2, 1, 0, 0, 0, Vietnam), PageDates.ParseByline("mã 123/45/2025 ngày 01/02/2023"));
    }

    [Fact]
    public void ParseByline_HugeInput_AnswersQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("12:34 | ", 200_000)) + "21/01/2022";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var parsed = PageDates.ParseByline(text);

        Assert.Equal(new DateTimeOffset(2022, 1, 21, 12, 34, 0, Vietnam), parsed);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Theory]
    [InlineData("13:10 PM 21/01/2022", 13)]
    [InlineData("24:10 21/01/2022", -1)]
    public void ParseByline_OutOfRangeHour_KeepsOrRejects(string text, int hour)
    {
        var parsed = PageDates.ParseByline(text);

        Assert.Equal(hour, parsed?.Hour ?? -1);
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

    [Theory]
    [InlineData("1/21/2022 8:12:40 AM", 2022, 1, 21, 8, 12, 40)]
    [InlineData("2/3/2022 3:05:00 PM", 2022, 2, 3, 15, 5, 0)]
    [InlineData("12/1/2021 12:00:00 AM", 2021, 12, 1, 0, 0, 0)]
    public void ParseMachineDate_UsOrderWithClock_MonthFirstVietnamTime(string text, int year, int month, int day, int hour, int minute, int second)
    {
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, Vietnam), PageDates.ParseMachineDate(text));
    }

    [Fact]
    public void ParseMachineDate_SlashedWithoutClockSuffix_DayFirst()
    {
        Assert.Equal(new DateTimeOffset(2022, 1, 2, 8, 12, 0, Vietnam), PageDates.ParseMachineDate("02/01/2022 08:12"));
    }

    [Fact]
    public void ParseMachineDate_SlashedMonthOverTwelve_FallsBackToMonthFirst()
    {
        Assert.Equal(new DateTimeOffset(2022, 1, 21, 8, 12, 0, Vietnam), PageDates.ParseMachineDate("1/21/2022 08:12"));
    }

    [Fact]
    public void ParseMachineDate_Rfc1123_KeepsGmt()
    {
        Assert.Equal(new DateTimeOffset(2022, 1, 21, 1, 12, 40, TimeSpan.Zero), PageDates.ParseMachineDate("Fri, 21 Jan 2022 01:12:40 GMT"));
    }

    [Fact]
    public void ReadMachineDate_DateOnly_SaysNoTime()
    {
        var read = PageDates.ReadMachineDate("2022-01-21");

        Assert.Equal(new PageDate(new DateTimeOffset(2022, 1, 21, 0, 0, 0, Vietnam), HasTime: false, HasOffset: false), read);
    }

    [Fact]
    public void ReadMachineDate_IsoWithOffset_SaysTimeAndOffset()
    {
        var read = PageDates.ReadMachineDate("2022-01-21T08:12:00+08:00");

        Assert.Equal(new PageDate(new DateTimeOffset(2022, 1, 21, 8, 12, 0, TimeSpan.FromHours(8)), HasTime: true, HasOffset: true), read);
    }

    [Fact]
    public void ReadByline_GmtWritten_SaysOffset()
    {
        Assert.True(PageDates.ReadByline("14:24 | 28/08/2021 GMT+7")?.HasOffset);
        Assert.False(PageDates.ReadByline("14:24 | 28/08/2021")?.HasOffset);
        Assert.False(PageDates.ReadByline("28/08/2021")?.HasTime);
    }

    // Found by the extraction fuzz target (issue #27): a byline in digits of another script (U+0ED2 is Lao two) matched
    // \d and threw in int.Parse, so the whole page failed to extract.
    [Theory]
    [InlineData("Thứ Ba, \u0ED2\u0ED2/05/2025 08:30")]
    [InlineData("22/10/2025 \u0ED1\u0ED9:25 (GMT+\u0ED7)")]
    public void ParseByline_DigitsOfAnotherScript_NotADate(string text)
    {
        var parsed = PageDates.ParseByline(text);

        Assert.True(parsed is null || parsed.Value.Year == 2025, $"read {parsed} from {text}");
    }
}
