using System.Text;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Fuzz.Targets;

/// <summary>
/// A body with its Content-Type charset. The first line is the header's charset (empty for none; a leading "!" marks
/// a body cut at the size limit), the rest is the body.
/// </summary>
internal static class CharsetTarget
{
    private static string Page(string charset) =>
        $"<html><head><meta charset=\"{charset}\"><title>Tin y tế</title></head><body><p>Bệnh viện Chợ Rẫy hợp tác với Nhật Bản đào tạo điều dưỡng.</p></body></html>";

    public static FuzzTarget Target { get; } = new("charset", Run, Seeds(), ["utf-8", "windows-1258", "iso-8859-1", "utf-16", "<meta charset=", "content=\"text/html; charset=", "\uFEFF", "!"]);

    private static void Run(byte[] input)
    {
        var newline = Array.IndexOf(input, (byte)'\n');
        var header = newline < 0 ? string.Empty : Encoding.Latin1.GetString(input, 0, newline);
        var body = newline < 0 ? input.AsSpan() : input.AsSpan(newline + 1);
        var truncated = header.StartsWith('!');
        var charset = truncated ? header[1..] : header;
        var decoded = CharsetDecoder.Decode(body, charset.Length == 0 ? null : charset, truncated);
        if (decoded.Text is null || decoded.Decision is null)
        {
            throw new FindingException("The decoder answered without text or a decision.");
        }
    }

    private static Dictionary<string, byte[]> Seeds()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1258 = Encoding.GetEncoding(1258);
        var utf8 = Encoding.UTF8.GetBytes(Page("utf-8"));
        return new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["utf8-declared"] = [.. "utf-8\n"u8, .. utf8],
            ["utf8-undeclared"] = [.. "\n"u8, .. utf8],
            ["utf8-bom"] = [.. "\n"u8, 0xEF, 0xBB, 0xBF, .. utf8],
            ["utf8-cut"] = [.. "!utf-8\n"u8, .. utf8.AsSpan(0, utf8.Length - 1)],
            ["windows1258-meta"] = [.. "\n"u8, .. windows1258.GetBytes(Page("windows-1258").Normalize(NormalizationForm.FormD))],
            ["windows1258-header"] = [.. "windows-1258\n"u8, .. windows1258.GetBytes("Sở Y tế tổ chức tập huấn về phòng chống dịch.".Normalize(NormalizationForm.FormD))],
            ["utf16-bom"] = [.. "\n"u8, .. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Bộ Y tế và WHO ký kế hoạch hợp tác.")],
            ["latin1-header"] = [.. "iso-8859-1\n"u8, .. Encoding.Latin1.GetBytes("Santé publique: coopération médicale.")],
        };
    }
}
