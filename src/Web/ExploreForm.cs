using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pipeline.Analysis.Trends;
using Pipeline.Indexer.Search;

namespace Pipeline.Web;

/// <summary>
/// The network and map pages' choices from the query string: from, to (days inside the query window), topic (a
/// taxonomy label), country (ISO 3166-1 alpha-2 of the gazetteer), cooperation (1: only cooperation articles) and top
/// (how many nodes the network keeps, <see cref="DefaultTop"/> unless given, at most <see cref="MaxTop"/>).
/// </summary>
internal sealed record ExploreForm(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Topic = null,
    string? Country = null,
    bool CooperationOnly = false,
    int Top = ExploreForm.DefaultTop)
{
    /// <summary>Nodes the network keeps by default, those named in the most articles: more makes an unreadable hairball.</summary>
    public const int DefaultTop = 40;

    public const int MaxTop = 300;

    public TrendFilter Filter => new(From, To, CooperationOnly, Topic, Country);

    /// <summary>Reads and checks the choices; the topic and country must be known to <paramref name="labels"/>.</summary>
    /// <exception cref="SearchQueryException">A value is malformed, unknown or out of range; the message says which.</exception>
    public static ExploreForm Parse(IQueryCollection query, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(labels);
        var from = SearchForm.Day(Value(query, "from"), "from");
        var to = SearchForm.Day(Value(query, "to"), "to");
        if (from > to)
        {
            throw new SearchQueryException("Ngày bắt đầu (from) sau ngày kết thúc (to).");
        }

        var topic = Value(query, "topic");
        if (topic is not null && !labels.TopicLabels.Contains(topic, StringComparer.Ordinal))
        {
            throw new SearchQueryException($"Chủ đề (topic) '{topic}' không có trong danh mục; các chủ đề: {string.Join(", ", labels.TopicLabels)}.");
        }

        var country = Value(query, "country")?.ToUpperInvariant();
        if (country is not null && !labels.Countries.Any(c => c.Code == country))
        {
            throw new SearchQueryException($"Quốc gia (country) '{country}' không phải là mã ISO 3166-1 hai chữ cái đã biết, ví dụ JP.");
        }

        var top = Value(query, "top") is { } t
            ? int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxTop ? n : throw new SearchQueryException($"top phải là số từ 1 đến {MaxTop}.")
            : DefaultTop;
        return new ExploreForm(from, to, topic, country, Value(query, "cooperation") is "1" or "true" or "on", top);
    }

    /// <summary>The query string of these choices ("?from=...&amp;topic=..."), defaults left out; empty when all are defaults.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        Add(parts, "from", Day(From));
        Add(parts, "to", Day(To));
        Add(parts, "topic", Topic);
        Add(parts, "country", Country);
        Add(parts, "cooperation", CooperationOnly ? "1" : null);
        Add(parts, "top", Top == DefaultTop ? null : Top.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    /// <summary>
    /// The search page's address for the articles of one participant (partner or party key) or country under these
    /// choices. The search has no cooperation filter, so it may list more articles than the network counts.
    /// </summary>
    public string SearchUrl(string? partner = null, string? party = null, string? country = null) =>
        "/" + new SearchForm(string.Empty, Topic, partner, country ?? Country, From: From, To: To, SortByDate: true, Party: party).ToQueryString();

    /// <summary>The search page's address for the articles of one network node.</summary>
    public string SearchUrlOf(string role, string key) =>
        role == TrendActor.Party ? SearchUrl(party: key) : SearchUrl(partner: key);

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Value(IQueryCollection query, string name) => QueryParameters.Single(query, name)?.Trim();
}
