using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Indexer.Search;
using Pipeline.Querying;

namespace Pipeline.Web;

/// <summary>
/// The trends dashboard's choices from the query string (by, interval, from, to, cooperation, top, chart, hide), as
/// <c>pipeline trends</c> takes them: days inside <see cref="QueryDays"/>' window, at most
/// <see cref="TrendSpan.MaxIntervals"/> intervals. Every choice the page offers, the interactive chart's hidden
/// values included, is in the query string, so a view can be shared as its address.
/// </summary>
/// <param name="Dimension">What the lines are.</param>
/// <param name="Interval">The interval width; null (absent or "auto") lets <see cref="TrendIntervalRule"/> choose.</param>
/// <param name="From">First day, inclusive.</param>
/// <param name="To">Last day, inclusive.</param>
/// <param name="CooperationOnly">Only international cooperation articles.</param>
/// <param name="Top">How many values keep their own line; the rest are "Còn lại" on the page.</param>
/// <param name="Chart">How the chart draws the series; "stacked=1", the older address, means bars.</param>
internal sealed record TrendsForm(
    TrendDimension Dimension = TrendDimension.Topic,
    TrendInterval? Interval = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool CooperationOnly = false,
    int Top = TrendsForm.DefaultTop,
    TrendChartKind Chart = TrendChartKind.Area)
{
    /// <summary>Six values and "Còn lại" stay apart in a stacked chart; more bands get too thin to tell.</summary>
    public const int DefaultTop = 6;

    public const int MaxTop = 50;

    /// <summary>Longest value key the page hides (partner keys and outlets are the longest).</summary>
    private const int MaxKeyLength = 200;

    /// <summary>Values hidden from the chart by their keys ("hide", repeated): the legend's switched-off entries.</summary>
    public IReadOnlyList<string> Hidden { get; init; } = [];

    public TrendFilter Filter => new(From, To, CooperationOnly);

    /// <summary>The interval, months where the rule has not chosen yet (the API's and the CSV's default).</summary>
    public TrendInterval IntervalOrMonth => Interval ?? TrendInterval.Month;

    /// <exception cref="SearchQueryException">A value is malformed or out of range.</exception>
    public static TrendsForm Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dimension = Value(query, "by") is { } by
            ? Enum.TryParse<TrendDimension>(by, ignoreCase: true, out var d) && Enum.IsDefined(d) ? d : throw new SearchQueryException("by phải là topic, country, partner hoặc outlet.")
            : TrendDimension.Topic;
        TrendInterval? interval = Value(query, "interval") is { } i && !i.Equals("auto", StringComparison.OrdinalIgnoreCase)
            ? Enum.TryParse<TrendInterval>(i, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : throw new SearchQueryException("interval phải là auto, month, quarter hoặc year.")
            : null;
        var chart = Value(query, "chart") is { } c
            ? Enum.TryParse<TrendChartKind>(c, ignoreCase: true, out var k) && Enum.IsDefined(k) && !char.IsDigit(c[0]) ? k : throw new SearchQueryException("chart phải là area, bars hoặc lines.")
            : Flag(query, "stacked") ? TrendChartKind.Bars : TrendChartKind.Area;
        var top = Value(query, "top") is { } t
            ? int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxTop ? n : throw new SearchQueryException($"top phải là số từ 1 đến {MaxTop}.")
            : DefaultTop;
        var from = Day(query, "from");
        var to = Day(query, "to");
        if (from > to)
        {
            throw new SearchQueryException("Ngày bắt đầu (from) sau ngày kết thúc (to).");
        }

        // Left to the rule, the widest interval it may choose is a quarter.
        if (from is { } first && to is { } last && !TrendSpan.Fits(first, last, interval ?? TrendInterval.Quarter))
        {
            throw TooWide(first, last, interval ?? TrendInterval.Quarter);
        }

        return new TrendsForm(dimension, interval, from, to, Flag(query, "cooperation"), top, chart) { Hidden = Hide(query) };
    }

    /// <summary>
    /// The series if it stays within <see cref="TrendSpan.MaxIntervals"/>. An open end runs to the archive's first or
    /// last dated article, so only the answer tells whether the range was too wide.
    /// </summary>
    /// <exception cref="SearchQueryException">Too many intervals; the message names the limit.</exception>
    public static TrendSeries Bounded(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return series.Periods.Count <= TrendSpan.MaxIntervals
            ? series
            : throw TooWide(series.Periods[0].Start, series.Periods[^1].End, series.Interval);
    }

    public string ToQueryString()
    {
        var parts = new List<string> { "by=" + Dimension.ToString().ToLowerInvariant() };
        if (Interval is { } interval)
        {
            parts.Add("interval=" + interval.ToString().ToLowerInvariant());
        }

        if (From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (CooperationOnly)
        {
            parts.Add("cooperation=1");
        }

        if (Top != DefaultTop)
        {
            parts.Add("top=" + Top.ToString(CultureInfo.InvariantCulture));
        }

        if (Chart != TrendChartKind.Area)
        {
            parts.Add("chart=" + Chart.ToString().ToLowerInvariant());
        }

        parts.AddRange(Hidden.Select(key => "hide=" + Uri.EscapeDataString(key)));

        return "?" + string.Join('&', parts);
    }

    private static string? Value(IQueryCollection query, string name) => QueryParameters.Single(query, name)?.Trim();

    private static List<string> Hide(IQueryCollection query)
    {
        var keys = query["hide"].Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim().Normalize(NormalizationForm.FormC)).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > MaxTop + 1 || keys.Any(k => k.Length > MaxKeyLength))
        {
            throw new SearchQueryException($"hide nhận tối đa {MaxTop + 1} giá trị, mỗi giá trị tối đa {MaxKeyLength} ký tự.");
        }

        return keys;
    }

    private static bool Flag(IQueryCollection query, string name) => Value(query, name) is "1" or "true" or "on";

    private static DateOnly? Day(IQueryCollection query, string name) => SearchForm.Day(Value(query, name), name);

    private static SearchQueryException TooWide(DateOnly first, DateOnly last, TrendInterval interval)
    {
        var unit = interval switch { TrendInterval.Month => "tháng", TrendInterval.Quarter => "quý", _ => "năm" };
        return new SearchQueryException(string.Create(
            CultureInfo.InvariantCulture,
            $"Từ {QueryDays.Format(first)} đến {QueryDays.Format(last)} là {TrendSpan.Intervals(first, last, interval)} {unit}; một xu hướng có tối đa {TrendSpan.MaxIntervals} khoảng. Hãy thu hẹp from và to, hoặc chọn interval rộng hơn (quarter, year)."));
    }
}
