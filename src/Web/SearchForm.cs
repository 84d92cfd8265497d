using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Indexer.Search;
using Pipeline.Querying;

namespace Pipeline.Web;

/// <summary>
/// A search as the pages, the feed and the API take it from the query string (q, topic, partner, country, outlet,
/// from, to, sort, page, limit, party), checked against the same limits as <c>pipeline search</c>.
/// </summary>
internal sealed record SearchForm(
    string Query,
    string? Topic = null,
    string? Partner = null,
    string? Country = null,
    string? Outlet = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool SortByDate = false,
    int Page = 1,
    int Limit = SearchForm.DefaultLimit,
    string? Party = null)
{
    public const int DefaultLimit = 10;

    public const int MaxLimit = 100;

    /// <summary>Deepest hit reachable by paging: collecting page × limit hits costs memory and time.</summary>
    public const int MaxDepth = 10_000;

    private const int MaxFilterLength = 200;

    /// <summary>Reads a search from a query string.</summary>
    /// <exception cref="SearchQueryException">A value is malformed or out of range; the message says which.</exception>
    public static SearchForm Parse(IQueryCollection query, int defaultLimit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = Value(query, "q") ?? string.Empty;
        if (text.Length > ArticleSearcher.MaxQueryLength)
        {
            throw new SearchQueryException($"Câu tìm kiếm dài {text.Length} ký tự; tối đa {ArticleSearcher.MaxQueryLength}.");
        }

        var sort = Value(query, "sort") ?? "relevance";
        if (sort is not ("relevance" or "date"))
        {
            throw new SearchQueryException("sort phải là relevance hoặc date.");
        }

        var limit = Number(query, "limit", defaultLimit, 1, MaxLimit);
        var page = Number(query, "page", 1, 1, MaxDepth);
        if ((long)page * limit > MaxDepth)
        {
            throw new SearchQueryException($"Chỉ xem được {MaxDepth:N0} kết quả đầu tiên; hãy thu hẹp tìm kiếm.");
        }

        var from = Day(query, "from");
        var to = Day(query, "to");
        if (from > to)
        {
            throw new SearchQueryException("Ngày bắt đầu (from) sau ngày kết thúc (to).");
        }

        return new SearchForm(text.Trim(), Filter(query, "topic"), Filter(query, "partner"), Filter(query, "country")?.ToUpperInvariant(), Filter(query, "outlet"), from, to, sort == "date", page, limit, Filter(query, "party"));
    }

    /// <summary>The request for the searcher.</summary>
    /// <param name="partnerKey">Turns a typed partner (key, name or acronym) into its key.</param>
    public SearchRequest ToRequest(Func<string, string> partnerKey) => new(
        Query,
        Limit,
        Page,
        Topic,
        Partner is null ? null : partnerKey(Partner),
        Country,
        Outlet,
        From is { } f ? QueryDays.StartOf(f) : null,
        To is { } t ? QueryDays.EndOf(t) : null,
        SortByDate,
        Party: Party);

    /// <summary>Whether any filter narrows the search.</summary>
    public bool HasFilters => Topic is not null || Partner is not null || Country is not null || Outlet is not null || Party is not null || From is not null || To is not null;

    /// <summary>The query string of this search ("?q=...&amp;topic=..."), defaults left out, page 1 left out.</summary>
    public string ToQueryString()
    {
        var parts = new List<(string, string)>();
        Add(parts, "q", Query.Length == 0 ? null : Query);
        Add(parts, "topic", Topic);
        Add(parts, "partner", Partner);
        Add(parts, "country", Country);
        Add(parts, "outlet", Outlet);
        Add(parts, "party", Party);
        Add(parts, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "sort", SortByDate ? "date" : null);
        Add(parts, "limit", Limit == DefaultLimit ? null : Limit.ToString(CultureInfo.InvariantCulture));
        Add(parts, "page", Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        if (parts.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("?");
        foreach (var (name, value) in parts)
        {
            builder.Append(builder.Length > 1 ? "&" : string.Empty).Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    private static void Add(List<(string, string)> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add((name, value));
        }
    }

    private static string? Value(IQueryCollection query, string name) => QueryParameters.Single(query, name);

    private static string? Filter(IQueryCollection query, string name)
    {
        var value = Value(query, name)?.Trim();
        return value is { Length: > MaxFilterLength }
            ? throw new SearchQueryException($"Bộ lọc {name} dài quá {MaxFilterLength} ký tự.")
            : value;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var value = Value(query, name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new SearchQueryException($"{name} phải là số nguyên từ {min} đến {max}.");
    }

    private static DateOnly? Day(IQueryCollection query, string name) => Day(Value(query, name), name);

    /// <summary>A day as the pages, feeds and API take it: yyyy-MM-dd inside <see cref="QueryDays"/>' window.</summary>
    /// <exception cref="SearchQueryException">Not such a day; the message names the parameter and the window.</exception>
    internal static DateOnly? Day(string? value, string name) => value is null ? null : QueryDays.TryParse(value, out var day) switch
    {
        QueryDayCheck.Valid => day,
        QueryDayCheck.OutOfRange => throw new SearchQueryException($"{name} '{value}' nằm ngoài khoảng ngày cho phép {QueryDays.Window}."),
        _ => throw new SearchQueryException($"{name} '{value}' không phải là ngày dạng 2025-05-20."),
    };
}
