using System.Globalization;
using Pipeline.Querying;

namespace Pipeline.Tests.Querying;

/// <summary>
/// Days at and beyond the edges of the query window, generated with a fixed seed: the extremes of <see cref="DateOnly"/>,
/// the days just outside 1900-01-01..2100-12-31 and random days across the rest of the calendar on both sides.
/// </summary>
internal static class BoundaryDays
{
    private const int Seed = 27;

    /// <summary>Real days that a query must refuse, as yyyy-MM-dd.</summary>
    public static IReadOnlyList<string> Outside { get; } = Generate(inside: false);

    /// <summary>Days that a query must take, the window's own edges first, as yyyy-MM-dd.</summary>
    public static IReadOnlyList<string> Inside { get; } = Generate(inside: true);

    public static TheoryData<string> OutsideData() => [.. Outside];

    public static TheoryData<string> InsideData() => [.. Inside];

    private static List<string> Generate(bool inside)
    {
        var random = new Random(Seed + (inside ? 1 : 0));
        var days = inside
            ? new List<DateOnly> { QueryDays.First, QueryDays.Last, QueryDays.First.AddDays(1), QueryDays.Last.AddDays(-1) }
            : [DateOnly.MinValue, DateOnly.MaxValue, QueryDays.First.AddDays(-1), QueryDays.Last.AddDays(1), new(9999, 12, 1), new(1, 1, 2)];
        for (var i = 0; i < 6; i++)
        {
            days.Add(inside
                ? Between(random, QueryDays.First, QueryDays.Last)
                : i % 2 == 0 ? Between(random, DateOnly.MinValue, QueryDays.First.AddDays(-1)) : Between(random, QueryDays.Last.AddDays(1), DateOnly.MaxValue));
        }

        return days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
    }

    private static DateOnly Between(Random random, DateOnly first, DateOnly last) =>
        DateOnly.FromDayNumber(random.Next(first.DayNumber, last.DayNumber + 1));
}
