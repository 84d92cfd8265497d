using System.Globalization;
using Pipeline.Analysis.Trends;

namespace Pipeline.Output;

/// <summary>
/// Trends as CSV, the same columns for <c>pipeline trends --format csv</c> and the web app's <c>/trends.csv</c>, so a
/// spreadsheet built on one reads the other.
/// </summary>
public static class TrendCsv
{
    /// <summary>The columns of a series, one row per interval and value (the "all" rows hold the interval's totals).</summary>
    public static readonly string[] SeriesColumns =
        ["interval", "start", "end", "dimension", "key", "label", "articles", "interval_articles", "interval_cooperation_articles", "cooperation_share"];

    /// <summary>The columns of the top partners; lists are "key:articles" joined with ";".</summary>
    public static readonly string[] PartnerColumns = ["key", "name", "kind", "articles", "first_seen", "last_seen", "countries", "topics", "parties"];

    /// <summary>The columns of partner countries by topic, one row per country and topic.</summary>
    public static readonly string[] CountryTopicColumns = ["country_code", "country", "country_articles", "topic", "topic_name", "articles"];

    /// <summary>A series as CSV with <see cref="SeriesColumns"/>.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The CSV text, without a byte-order mark.</returns>
    public static string Series(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var csv = new CsvWriter(SeriesColumns);
        var dimension = series.Dimension.ToString().ToLowerInvariant();
        for (var i = 0; i < series.Periods.Count; i++)
        {
            var p = series.Periods[i];
            csv.Row(p.Key, p.Start, p.End, "all", "all", "Tất cả bài viết", p.Articles, p.Articles, p.CooperationArticles, p.CooperationShare);
            foreach (var line in series.Lines)
            {
                csv.Row(p.Key, p.Start, p.End, dimension, line.Key, line.Label, line.Articles[i], p.Articles, p.CooperationArticles, p.CooperationShare);
            }
        }

        return csv.ToString();
    }

    /// <summary>The top partners as CSV with <see cref="PartnerColumns"/>.</summary>
    /// <param name="partners">The partners.</param>
    /// <returns>The CSV text, without a byte-order mark.</returns>
    public static string Partners(IReadOnlyList<PartnerTrend> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var csv = new CsvWriter(PartnerColumns);
        foreach (var p in partners)
        {
            csv.Row(p.Key, p.Name, p.Kind, p.Articles, p.FirstSeen, p.LastSeen, List(p.Countries), List(p.Topics), List(p.Parties));
        }

        return csv.ToString();
    }

    /// <summary>Partner countries by topic as CSV with <see cref="CountryTopicColumns"/>.</summary>
    /// <param name="matrix">The countries by topic.</param>
    /// <returns>The CSV text, without a byte-order mark.</returns>
    public static string CountryTopics(CountryTopicMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var csv = new CsvWriter(CountryTopicColumns);
        var totals = matrix.Countries.ToDictionary(c => c.Key, c => c.Articles, StringComparer.Ordinal);
        foreach (var cell in matrix.Cells)
        {
            csv.Row(cell.CountryCode, cell.Country, totals[cell.CountryCode], cell.Topic, cell.TopicName, cell.Articles);
        }

        return csv.ToString();
    }

    private static string List(IReadOnlyList<LabelCount> counts) =>
        string.Join(";", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Articles}")));
}
