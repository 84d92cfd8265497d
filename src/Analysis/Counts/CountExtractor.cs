using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Counts;

/// <summary>
/// Finds numbers with the noun they count (ANNOTATION.md): "gần 14 nghìn đơn vị y tế", "46.000 liều vaccine",
/// "hơn 1,5 tỷ đồng", "chín triệu trẻ", money with its currency. Durations, ages, percentages, ordinals,
/// anniversaries, clock times, dates, vague and referential quantities are not counts. The same quantity
/// written twice is reported once. Patterns run without backtracking.
/// </summary>
public static class CountExtractor
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Quantity = new(
        @"(?:\b(?<q>chưa đến|chưa tới|nhiều hơn|tương đương|xấp xỉ|ít nhất|gần|hơn|khoảng|trên|dưới|chừng|ước tính)\s+)?"
        + @"(?<num>\b\d{1,3}(?:\.\d{3})+(?:,\d+)?|\b\d+(?:,\d+)?|\b(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|nửa)\b)"
        + @"(?:\s+(?<mult>nghìn|ngàn|triệu|tỷ|tỉ)\b)?(?:\s+(?<half>rưỡi)\b)?",
        Options);

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9, ["mười"] = 10,
    };

    private static readonly (string Word, string Code)[] Currencies =
    [
        ("đô la Mỹ", "USD"), ("đô la Úc", "AUD"), ("đô la Singapore", "SGD"), ("đô la Canada", "CAD"), ("đô la New Zealand", "NZD"), ("đô la", "USD"),
        ("USD", "USD"), ("EUR", "EUR"), ("euro", "EUR"), ("yên Nhật", "JPY"), ("yên", "JPY"), ("won", "KRW"), ("bảng Anh", "GBP"), ("GBP", "GBP"),
        ("franc Thụy Sĩ", "CHF"), ("CHF", "CHF"), ("nhân dân tệ", "CNY"), ("baht", "THB"), ("rúp", "RUB"), ("AUD", "AUD"), ("CAD", "CAD"),
        ("NZD", "NZD"), ("rupee", "INR"), ("ringgit", "MYR"), ("kíp", "LAK"), ("shekel", "ILS"), ("SGD", "SGD"), ("đồng", "VND"), ("VNĐ", "VND"), ("VND", "VND"),
    ];

    // Not counts: time spans, ages, ordinals, multipliers, units of measure, percentages (ANNOTATION.md).
    private static readonly HashSet<string> ExcludedHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "năm", "tháng", "tuần", "ngày", "giờ", "phút", "giây", "tuổi", "lần", "gấp", "%", "phần", "kg", "tấn", "km", "m", "m2", "cm", "mm", "độ",
        "lít", "ml", "mg", "g", "ha", "thứ", "giai", "quý", "số", "trong", "cách", "bên", "nước", "phía", "chiều", "mặt",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "của", "cho", "tại", "và", "với", "từ", "trong", "được", "đã", "sẽ", "là", "để", "theo", "ở", "thuộc", "đến", "tới", "về", "nhằm", "gồm",
        "trên", "dưới", "vào", "do", "bị", "có", "này", "đó", "khi", "nên", "thì", "mà", "như", "hay", "hoặc", "cùng", "mỗi", "sau", "trước",
    };

    private const int MaxNounSyllables = 6;

    /// <summary>Finds the counts of <paramref name="text"/>.</summary>
    /// <param name="text">NFC text; offsets refer to it.</param>
    /// <param name="dates">Dates already found, whose numbers are not counts.</param>
    /// <returns>The counts in text order.</returns>
    public static IReadOnlyList<CountFact> Extract(string text, IReadOnlyList<DateFact> dates)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dates);
        var matching = ToneMarks.ToTraditionalPlacement(text);
        var counts = new List<CountFact>();
        var seen = new HashSet<(decimal, string, string?)>();
        foreach (Match match in Quantity.Matches(matching))
        {
            var number = match.Groups["num"];
            if (dates.Any(d => d.Start < number.Index + number.Length && number.Index < d.Start + d.Span.Length) || Glued(matching, match))
            {
                continue;
            }

            if (Value(match) is not { } value || value <= 0)
            {
                continue;
            }

            var after = match.Index + match.Length;
            var (noun, currency) = NounAfter(matching, after);
            if (noun is null || (currency is null && ExcludedHeads.Contains(noun.Split(' ')[0])) || IsVague(matching, match.Index))
            {
                continue;
            }

            if (Words.ContainsKey(number.Value) && !match.Groups["mult"].Success && currency is null && number.Value is not ("mười"))
            {
                // "hai bên", "một số", "ba nước": word numbers without a multiplier are rarely counted quantities.
                continue;
            }

            var spanEnd = after + 1 + noun.Length;
            var approx = Approx(match.Groups["q"].Value);
            if (!seen.Add((value, noun.Split(' ')[0].ToLowerInvariant(), currency)))
            {
                continue;
            }

            counts.Add(new CountFact(value, approx, text.Substring(after + 1, noun.Length), currency, text[match.Index..spanEnd], match.Index));
        }

        return counts;
    }

    private static decimal? Value(Match match)
    {
        var raw = match.Groups["num"].Value;
        decimal value;
        if (Words.TryGetValue(raw, out var word))
        {
            value = word;
        }
        else if (raw.Equals("nửa", StringComparison.OrdinalIgnoreCase))
        {
            value = 0.5m;
        }
        else if (!decimal.TryParse(raw.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out value))
        {
            return null;
        }

        if (match.Groups["mult"].Success)
        {
            value *= match.Groups["mult"].Value.ToLowerInvariant() switch
            {
                "nghìn" or "ngàn" => 1_000m,
                "triệu" => 1_000_000m,
                _ => 1_000_000_000m,
            };
            if (match.Groups["half"].Success)
            {
                value += match.Groups["mult"].Value.ToLowerInvariant() switch
                {
                    "nghìn" or "ngàn" => 500m,
                    "triệu" => 500_000m,
                    _ => 500_000_000m,
                };
            }
        }
        else if (raw.Equals("nửa", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // "1,5 tỷ" multiplies out to a whole number: drop the decimal scale so it prints as 1500000000.
        return value == decimal.Truncate(value) ? decimal.Truncate(value) : value;
    }

    /// <summary>The counted noun after a number: a currency word, or up to a few syllables before punctuation or a function word.</summary>
    private static (string? Noun, string? Currency) NounAfter(string text, int position)
    {
        if (position >= text.Length || text[position] != ' ')
        {
            return (null, null);
        }

        var rest = text.AsSpan(position + 1, Math.Min(80, text.Length - position - 1));
        foreach (var (word, code) in Currencies)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
            {
                return (rest[..word.Length].ToString(), code);
            }
        }

        var syllables = new List<string>();
        var length = 0;
        foreach (var piece in rest.ToString().Split(' '))
        {
            var clean = piece.TrimEnd(',', '.', ';', ':', ')', '"', '”', '!', '?');
            if (clean.Length == 0 || !char.IsLetter(clean[0]) || StopWords.Contains(clean) || syllables.Count >= MaxNounSyllables)
            {
                break;
            }

            syllables.Add(clean);
            length += (syllables.Count > 1 ? 1 : 0) + clean.Length;
            if (clean.Length != piece.Length)
            {
                break;
            }
        }

        return syllables.Count == 0 ? (null, null) : (text.Substring(position + 1, length), null);
    }

    /// <summary>A number glued to other characters ("21:31", "COVID-19", "H5N1", "115") belongs to something else.</summary>
    private static bool Glued(string text, Match match)
    {
        var number = match.Groups["num"];
        var before = number.Index > 0 ? text[number.Index - 1] : ' ';
        var after = number.Index + number.Length < text.Length ? text[number.Index + number.Length] : ' ';
        return char.IsLetterOrDigit(before) || before is '-' or '/' or ':' or '#' || after is ':' or '/' or '-' or '%' || char.IsLetter(after);
    }

    private static bool IsVague(string text, int index)
    {
        var start = Math.Max(0, index - 6);
        var before = text[start..index];
        return before.EndsWith("hàng ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("số ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("thứ ", StringComparison.OrdinalIgnoreCase);
    }

    private static string Approx(string qualifier) => qualifier.ToLowerInvariant() switch
    {
        "gần" or "dưới" or "chưa đến" or "chưa tới" => "less_than",
        "hơn" or "trên" or "nhiều hơn" or "ít nhất" => "more_than",
        "khoảng" or "tương đương" or "xấp xỉ" or "chừng" or "ước tính" => "about",
        _ => "exact",
    };
}
