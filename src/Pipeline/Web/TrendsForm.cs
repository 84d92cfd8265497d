using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Analysis.Trends;
using Pipeline.Indexer.Search;
using Pipeline.Querying;

namespace Pipeline.Web;

/// <summary>
/// The trends dashboard's choices from the query string (by, interval, from, to, cooperation, top, stacked), as
/// <c>pipeline trends</c> takes them: days inside <see cref="QueryDays"/>' window, at most
/// <see cref="TrendSpan.MaxIntervals"/> intervals.
/// </summary>
internal sealed record TrendsForm(
    TrendDimension Dimension = TrendDimension.Topic,
    TrendInterval Interval = TrendInterval.Month,
    DateOnly? From = null,
    DateOnly? To = null,
    bool CooperationOnly = false,
    int Top = TrendsForm.DefaultTop,
    bool Stacked = false)
{
    public const int DefaultTop = 8;

    public const int MaxTop = 50;

    public TrendFilter Filter => new(From, To, CooperationOnly);

    /// <exception cref="SearchQueryException">A value is malformed or out of range.</exception>
    public static TrendsForm Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var dimension = Value(query, "by") is { } by
            ? Enum.TryParse<TrendDimension>(by, ignoreCase: true, out var d) && Enum.IsDefined(d) ? d : throw new SearchQueryException("by phải là topic, country, partner hoặc outlet.")
            : TrendDimension.Topic;
        var interval = Value(query, "interval") is { } i
            ? Enum.TryParse<TrendInterval>(i, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : throw new SearchQueryException("interval phải là month, quarter hoặc year.")
            : TrendInterval.Month;
        var top = Value(query, "top") is { } t
            ? int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxTop ? n : throw new SearchQueryException($"top phải là số từ 1 đến {MaxTop}.")
            : DefaultTop;
        var from = Day(query, "from");
        var to = Day(query, "to");
        if (from > to)
        {
            throw new SearchQueryException("Ngày bắt đầu (from) sau ngày kết thúc (to).");
        }

        if (from is { } first && to is { } last && !TrendSpan.Fits(first, last, interval))
        {
            throw TooWide(first, last, interval);
        }

        return new TrendsForm(dimension, interval, from, to, Flag(query, "cooperation"), top, Flag(query, "stacked"));
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
        var parts = new List<string>
        {
            "by=" + Dimension.ToString().ToLowerInvariant(),
            "interval=" + Interval.ToString().ToLowerInvariant(),
        };
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

        if (Stacked)
        {
            parts.Add("stacked=1");
        }

        return "?" + string.Join('&', parts);
    }

    private static string? Value(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            throw new SearchQueryException($"Tham số {name} xuất hiện {values.Count} lần; chỉ được một lần.");
        }

        var value = values.Count == 1 ? values[0] : null;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize(NormalizationForm.FormC);
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
