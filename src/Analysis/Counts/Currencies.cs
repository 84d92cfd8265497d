namespace Pipeline.Analysis.Counts;

/// <summary>Currency words after an amount ("triệu USD", "tỷ đồng", "nghìn yên", "đô la Úc"), longest first.</summary>
internal static class Currencies
{
    private static readonly (string Word, string Code, bool Ambiguous)[] Words =
    [
        ("đô la Mỹ", "USD", false), ("đô la Úc", "AUD", false), ("đô la Singapore", "SGD", false), ("đô la Canada", "CAD", false),
        ("đô la New Zealand", "NZD", false), ("đô la Hồng Kông", "HKD", false), ("đô la", "USD", false), ("đôla", "USD", false),
        ("USD", "USD", false), ("EUR", "EUR", false), ("euro", "EUR", false), ("yên Nhật", "JPY", false), ("JPY", "JPY", false),
        ("bảng Anh", "GBP", false), ("GBP", "GBP", false), ("franc Thụy Sĩ", "CHF", false), ("CHF", "CHF", false),
        ("nhân dân tệ", "CNY", false), ("CNY", "CNY", false), ("baht", "THB", false), ("AUD", "AUD", false), ("CAD", "CAD", false),
        ("NZD", "NZD", false), ("SGD", "SGD", false), ("KRW", "KRW", false), ("rupee", "INR", false), ("ringgit", "MYR", false),
        ("shekel", "ILS", false), ("VNĐ", "VND", false), ("VND", "VND", false),

        // Ordinary words too ("đồng nghiệp", "yên tâm", "đô thị"): money only after an amount of money.
        ("đồng", "VND", true), ("đô", "USD", true), ("yên", "JPY", true), ("won", "KRW", true), ("rúp", "RUB", true), ("kíp", "LAK", true),
    ];

    /// <summary>The currency word at <paramref name="start"/>, if any; ambiguous words only after a multiplier or a sum of thousands.</summary>
    public static (int End, string Code)? At(string text, int start, ScannedNumber number)
    {
        var rest = text.AsSpan(start);
        foreach (var (word, code, ambiguous) in Words)
        {
            if (!rest.StartsWith(word, ambiguous ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                || (rest.Length > word.Length && char.IsLetterOrDigit(rest[word.Length])))
            {
                continue;
            }

            if (ambiguous && (!(number.Multiplied || number.Value >= 1000) || NextWordIs(text, start + word.Length, "thị")))
            {
                return null;
            }

            return (start + word.Length, code);
        }

        return null;
    }

    private static bool NextWordIs(string text, int position, string word)
    {
        var (start, end) = CountText.WordAfter(text, position);
        return text.AsSpan(start, end - start).Equals(word, StringComparison.OrdinalIgnoreCase);
    }
}
