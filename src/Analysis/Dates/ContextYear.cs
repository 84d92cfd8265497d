namespace Pipeline.Analysis.Dates;

/// <summary>
/// Without a publication date, a day written without its year takes the year of the nearest day in the same text written
/// with one ("chiều 24/3" near "ngày 23/3/2015"); ANNOTATION.md keeps "XXXX" only when the year cannot be inferred.
/// Months and years alone do not lend their year: "tháng 10/2013" says too little about a "ngày 4/12" elsewhere.
/// </summary>
internal static class ContextYear
{
    /// <summary>Fills unknown years from the nearest written year.</summary>
    /// <param name="dates">Settled candidates in text order.</param>
    /// <returns>The candidates, with "XXXX" replaced wherever a written year is found.</returns>
    public static List<DateCandidate> Fill(List<DateCandidate> dates)
    {
        var previous = new int[dates.Count];
        var last = -1;
        for (var i = 0; i < dates.Count; i++)
        {
            previous[i] = last;
            last = dates[i].WrittenYear is null ? last : i;
        }

        var filled = new DateCandidate[dates.Count];
        var next = -1;
        for (var i = dates.Count - 1; i >= 0; i--)
        {
            var date = dates[i];
            if (date.Resolved.Contains(DateResolver.UnknownYear, StringComparison.Ordinal) && Nearest(dates, i, previous[i], next) is { } year)
            {
                date = date with { Resolved = WithYear(date.Resolved, year) };
            }

            filled[i] = date;
            next = dates[i].WrittenYear is null ? next : i;
        }

        return [.. filled];
    }

    private static int? Nearest(List<DateCandidate> dates, int index, int previous, int next)
    {
        if (previous < 0 || next < 0)
        {
            return previous >= 0 ? dates[previous].WrittenYear : next >= 0 ? dates[next].WrittenYear : null;
        }

        var (date, before, after) = (dates[index], dates[previous], dates[next]);
        return after.Start - date.End < date.Start - before.End ? after.WrittenYear : before.WrittenYear;
    }

    /// <summary>Writes the year into a value; a range whose end would fall before its start ends the next year.</summary>
    private static string WithYear(string resolved, int year)
    {
        var text = DateResolver.Year(year);
        var slash = resolved.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return resolved.Replace(DateResolver.UnknownYear, text, StringComparison.Ordinal);
        }

        var start = resolved[..slash].Replace(DateResolver.UnknownYear, text, StringComparison.Ordinal);
        var end = resolved[(slash + 1)..].Replace(DateResolver.UnknownYear, text, StringComparison.Ordinal);
        if (string.CompareOrdinal(end, start) < 0)
        {
            end = resolved[(slash + 1)..].Replace(DateResolver.UnknownYear, DateResolver.Year(year + 1), StringComparison.Ordinal);
        }

        return DateResolver.Range(start, end);
    }
}
