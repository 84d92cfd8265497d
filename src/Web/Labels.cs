using System.Globalization;
using Pipeline.Analysis.Partners;
using Pipeline.Analysis.Topics;

namespace Pipeline.Web;

/// <summary>Vietnamese names of what the pages show: topics from the taxonomy, countries and partners from the gazetteers, fixed words.</summary>
internal sealed class Labels
{
    /// <summary>Numbers and dates on the pages: Vietnamese conventions (1.234,5).</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Times are shown in Vietnamese time whatever the server's zone.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly Dictionary<string, string> topics;
    private readonly Gazetteer? gazetteer;
    private readonly Dictionary<string, string> partners;

    public Labels(Taxonomy taxonomy, Gazetteer? gazetteer)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        topics = taxonomy.Labels.ToDictionary(l => l.Label, l => l.Name, StringComparer.Ordinal);
        TopicLabels = taxonomy.Labels.Select(l => l.Label).ToList();
        this.gazetteer = gazetteer;
        partners = gazetteer?.Entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>Every topic label, in taxonomy order.</summary>
    public IReadOnlyList<string> TopicLabels { get; }

    /// <summary>Every country of the gazetteer as (ISO code, Vietnamese name), by name.</summary>
    public IReadOnlyList<(string Code, string Name)> Countries =>
        gazetteer?.Countries.Values.Select(c => (c.CountryCode!, c.Name)).OrderBy(c => c.Name, StringComparer.Create(Culture, CompareOptions.None)).ToList() ?? [];

    public static string Dimension(string field) => field switch
    {
        "topic" => "Chủ đề",
        "country" => "Quốc gia đối tác",
        "partner" => "Đối tác",
        "outlet" => "Nguồn tin",
        "month" => "Tháng",
        _ => field,
    };

    public string Topic(string label) => topics.TryGetValue(label, out var name) ? name : label;

    public string Country(string code) => gazetteer?.CountryName(code.ToUpperInvariant()) ?? code;

    /// <summary>A partner's display name: its gazetteer name, else the name learned from the facts, else its key.</summary>
    public string Partner(string key, IReadOnlyDictionary<string, string>? learned = null) =>
        partners.TryGetValue(key, out var name) ? name : learned is not null && learned.TryGetValue(key, out var seen) ? seen : key;

    /// <summary>"2025-05" as "Tháng 5/2025".</summary>
    public static string Month(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? string.Create(CultureInfo.InvariantCulture, $"Tháng {day.Month}/{day.Year}")
            : month;

    public static string Kind(string kind) => kind switch
    {
        "org" => "tổ chức",
        "city" => "địa phương",
        "country" => "quốc gia",
        _ => kind,
    };

    public static string Approx(string approx) => approx switch
    {
        "about" => "khoảng",
        "more_than" => "hơn",
        "less_than" => "gần/dưới",
        _ => string.Empty,
    };

    /// <summary>A time as "20/05/2025 08:00" in Vietnamese time.</summary>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "không rõ ngày";

    public static string Number(decimal value) => value.ToString("#,##0.##", Culture);

    public static string Number(long value) => value.ToString("#,##0", Culture);

    public static string Percent(double score) => score.ToString("0%", Culture);
}
