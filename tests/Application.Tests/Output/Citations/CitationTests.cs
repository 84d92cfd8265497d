using Pipeline.Output.Citations;

namespace Pipeline.Tests.Output.Citations;

public sealed class CitationTests
{
    [Theory]
    [InlineData("2025-03-11T16:59:00+00:00", "2025-03-11")]
    [InlineData("2025-03-11T17:00:00+00:00", "2025-03-12")]
    [InlineData("2025-03-12T00:30:00+07:00", "2025-03-12")]
    public void Day_InstantNearMidnight_IsTheDayInVietnameseTime(string instant, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Citation.Day(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
}
