using Pipeline.Analysis.Trends;

namespace Pipeline.Querying;

/// <summary>
/// The largest values of a series plus one "Còn lại" (the rest) line holding the rest, so a chart of the top values still
/// adds up to what the archive holds instead of silently dropping the tail.
/// </summary>
/// <remarks>
/// "Còn lại" sums the left-out values' articles per interval. Where an article has one value (its outlet) that is the
/// number of other articles; where it may have several (topics, partner countries, partners) it counts
/// article-value pairs, as the stacked values above it do.
/// </remarks>
public static class TrendOthers
{
    /// <summary>The key of the "Còn lại" line; no topic label, country code, partner key or outlet has parentheses around it.</summary>
    public const string Key = "(khac)";

    /// <summary>The line's Vietnamese name; not "Khác", which is the name of the taxonomy's own "other" topic.</summary>
    public const string Label = "Còn lại";

    /// <summary>Keeps the <paramref name="top"/> largest lines of a series and folds the rest into one "Còn lại" line.</summary>
    /// <param name="all">A series with every value's line, largest first.</param>
    /// <param name="top">How many values keep their own line (1 or more).</param>
    /// <returns>The series with at most <paramref name="top"/> + 1 lines; <see cref="TrendSeries.OmittedValues"/> counts the folded values.</returns>
    public static TrendSeries Fold(TrendSeries all, int top)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var rest = all.Lines.Skip(top).ToList();
        if (rest.Count == 0)
        {
            return all;
        }

        var sums = new int[all.Periods.Count];
        foreach (var line in rest)
        {
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += line.Articles[i];
            }
        }

        var others = new TrendLine(Key, Label, sums.Sum(), sums);
        return all with { Lines = [.. all.Lines.Take(top), others], OmittedValues = all.OmittedValues + rest.Count };
    }
}
