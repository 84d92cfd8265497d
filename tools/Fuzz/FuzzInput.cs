using System.Text;
using Pipeline.Text;

namespace Pipeline.Fuzz;

/// <summary>How the targets turn afl's bytes into the product's inputs, and the seeds' bytes back.</summary>
internal static class FuzzInput
{
    /// <summary>The page's address for every target: relative links resolve against it.</summary>
    public static Uri PageUri { get; } = new("https://tin.example.vn/suc-khoe/hop-tac-quoc-te/");

    /// <summary>Bytes as UTF-8, invalid sequences replaced: decoded text is what parsers get in the product.</summary>
    public static string Text(byte[] input) => Encoding.UTF8.GetString(input);

    /// <summary>Bytes as the analysis gets text: UTF-8, then the stored form (NFC and the character fixes).</summary>
    public static string StoredText(byte[] input) => VietnameseNormalizer.Normalize(Text(input));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static IReadOnlyDictionary<string, byte[]> Utf8Seeds(params string[] texts) =>
        texts.Select((text, i) => (Name: $"seed-{i + 1:00}", Bytes: Utf8(text))).ToDictionary(s => s.Name, s => s.Bytes);
}
