using System.Globalization;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Trends;

/// <summary>
/// Sorts a count by what it counts, so analysts can add up like with like: aid projects ("dự án"), delegations
/// ("đoàn"), people and money (per currency). Every other count (beds, doses, cases, provinces...) is
/// <see cref="Other"/> and is never summed.
/// </summary>
public static class CountKinds
{
    /// <summary>Projects: the noun starts with "dự án".</summary>
    public const string Project = "project";

    /// <summary>Delegations: the noun starts with "đoàn" ("đoàn chuyên gia", "đoàn công tác"), not "đoàn viên".</summary>
    public const string Delegation = "delegation";

    /// <summary>People: the noun's head names people ("người", "bác sĩ", "trẻ", "học viên"...).</summary>
    public const string People = "people";

    /// <summary>Money: the count has a currency; sums are kept per currency, never converted.</summary>
    public const string Money = "money";

    /// <summary>Anything else; listed, never summed.</summary>
    public const string Other = "other";

    /// <summary>The kinds that are summed, in display order.</summary>
    public static IReadOnlyList<string> Summed { get; } = [Project, Delegation, People, Money];

    // Heads of noun phrases that count people. Longest first is not needed: a match needs a word boundary after it.
    private static readonly string[] PersonHeads =
    [
        "người", "bác sĩ", "điều dưỡng", "dược sĩ", "y sĩ", "y tá", "hộ sinh", "nữ hộ sinh", "cô đỡ", "kỹ thuật viên",
        "chuyên gia", "giáo sư", "phó giáo sư", "tiến sĩ", "thạc sĩ", "giảng viên", "học viên", "học sinh", "sinh viên",
        "nghiên cứu viên", "nghiên cứu sinh", "nhà khoa học", "cán bộ", "nhân viên", "nhân lực", "công nhân", "đại biểu",
        "tình nguyện viên", "trẻ", "em", "bé", "cháu", "bệnh nhân", "bệnh nhi", "sản phụ", "thai phụ", "bà mẹ", "phụ nữ",
        "dân", "cư dân", "đoàn viên", "thầy thuốc", "lãnh đạo", "thực tập sinh", "lao động", "du học sinh", "y bác sĩ", "nạn nhân",
    ];

    /// <summary>The kind of a count.</summary>
    /// <param name="count">The count.</param>
    /// <returns>One of <see cref="Project"/>, <see cref="Delegation"/>, <see cref="People"/>, <see cref="Money"/>, <see cref="Other"/>.</returns>
    public static string Of(CountFact count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return Of(count.Noun, count.Currency);
    }

    /// <summary>The kind of a counted noun.</summary>
    /// <param name="noun">The counted noun phrase as written.</param>
    /// <param name="currency">The ISO 4217 code for money, else null.</param>
    /// <returns>The kind.</returns>
    public static string Of(string noun, string? currency)
    {
        ArgumentNullException.ThrowIfNull(noun);
        if (!string.IsNullOrEmpty(currency))
        {
            return Money;
        }

        var head = noun.Normalize().Trim().ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        if (StartsWithWord(head, "dự án"))
        {
            return Project;
        }

        if (StartsWithWord(head, "đoàn") && !StartsWithWord(head, "đoàn viên"))
        {
            return Delegation;
        }

        return PersonHeads.Any(p => StartsWithWord(head, p)) ? People : Other;
    }

    /// <summary>
    /// What identifies the counted thing when telling figures apart: the currency for money, else the noun in lower case
    /// (invariant lowercasing is right for Vietnamese letters).
    /// </summary>
    /// <param name="noun">The counted noun phrase as written.</param>
    /// <param name="currency">The ISO 4217 code for money, else null.</param>
    /// <returns>The unit.</returns>
    public static string UnitOf(string noun, string? currency)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return string.IsNullOrEmpty(currency) ? noun.Normalize().Trim().ToLowerInvariant() : currency;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
}
