using System.Text;

namespace Pipeline.Tests.Budgets;

/// <summary>
/// Generated inputs of the kinds that make parsers and scanners slow or greedy, each filled to the 5 MiB body limit
/// (counted in UTF-8 bytes, as the crawler counts a body): the worst a page or a text can be.
/// </summary>
internal static class WorstInputs
{
    /// <summary>The crawler's body limit (FetcherOptions.MaxBodyBytes by default).</summary>
    public const int Bytes = 5 * 1024 * 1024;

    public static IEnumerable<string> Names =>
        ["deep-nesting", "dates", "dotted-numbers", "single-line", "tiny-tags", "binary", "diacritics", "combining-marks"];

    /// <summary>The text of an input: what analysis reads.</summary>
    public static string Text(string name) => name switch
    {
        "deep-nesting" => Fill("<div>"),
        "dates" => Fill("tháng 5/2024, "),
        "dotted-numbers" => Fill("1."),
        "single-line" => Fill("Bệnh viện tỉnh ký kết hợp tác với Đại học Y khoa Tokyo về đào tạo 12 bác sĩ ngày 5/6/2025; "),
        "tiny-tags" => Fill("<b>á</b>"),
        "binary" => Binary(),
        "diacritics" => Fill("ệềẫửỡợặẵ"),
        "combining-marks" => Fill("e\u0302\u0301\u0323\u0309\u0303\u0300"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown input."),
    };

    /// <summary>The page of an input: the text in the body of an article page.</summary>
    public static string Html(string name) =>
        $"<!DOCTYPE html><html lang=\"vi\"><head><title>Bệnh viện tỉnh hợp tác với đối tác nước ngoài</title></head><body><article><h1>Bệnh viện tỉnh hợp tác với đối tác nước ngoài</h1><div class=\"content\"><p>{Text(name)}</p></div></article></body></html>";

    private static string Fill(string unit)
    {
        var count = Bytes / Encoding.UTF8.GetByteCount(unit);
        return new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
    }

    // Bytes of every value, read as windows-1252 would show them: control characters, symbols and letters mixed.
    private static string Binary()
    {
        var random = new Random(27);
        var bytes = new byte[Bytes / 2];
        random.NextBytes(bytes);
        return Encoding.Latin1.GetString(bytes);
    }
}
