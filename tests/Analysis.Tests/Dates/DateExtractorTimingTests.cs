using System.Diagnostics;
using System.Text;
using Pipeline.Analysis.Dates;

namespace Pipeline.Analysis.Tests.Dates;

[Collection(nameof(SerialTiming))]
public sealed class DateExtractorTimingTests
{
    private static readonly DateTimeOffset May2025 = new(2025, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("tháng 5/2024, ")]
    [InlineData("từ năm 2018 đến nay, ")]
    [InlineData("Sáng 20-5, ngày 1/2/2020 - 3/4/2021; ")]
    public void Extract_RepeatedDates_TimeGrowsLinearly(string piece)
    {
        DateExtractor.Extract(Repeat(piece, 10_000), May2025);

        var oneMegabyte = ProcessorTime(() => DateExtractor.Extract(Repeat(piece, 1_000_000), May2025));
        var twoMegabytes = ProcessorTime(() => DateExtractor.Extract(Repeat(piece, 2_000_000), May2025));

        // Processor time rather than wall time, so a busy machine does not fail the test; quadratic work would
        // quadruple, linear work doubles.
        Assert.True(twoMegabytes < (oneMegabyte * 3) + TimeSpan.FromSeconds(1), $"1 MB took {oneMegabyte}, 2 MB took {twoMegabytes}");
        Assert.True(twoMegabytes < TimeSpan.FromSeconds(10), $"2 MB took {twoMegabytes}");
    }

    [Fact]
    public void Extract_RepeatedDate_ReportedOnce()
    {
        var dates = DateExtractor.Extract(Repeat("tháng 5/2024, ", 100_000), May2025);

        Assert.Equal("2024-05", Assert.Single(dates).Resolved);
    }

    private static TimeSpan ProcessorTime(Action action)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        return process.TotalProcessorTime - before;
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }
}
