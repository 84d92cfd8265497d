using System.Globalization;
using System.Text;
using Pipeline.Text;

namespace Pipeline.Crawler.Extraction;

/// <summary>Word sets of short texts (titles, site names) for "do these two say the same thing" checks.</summary>
internal static class TitleWords
{
    /// <summary>The text's words: NFC, one tone placement, lower case, split at anything but letters and digits.</summary>
    public static HashSet<string> Of(string text)
    {
        // Both tone placements ("hoà", "hòa") occur in one outlet's title and headline: compare in one of them.
        var normal = ToneMarks.ToTraditionalPlacement(text.Normalize(NormalizationForm.FormC)).ToLower(CultureInfo.InvariantCulture);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var inWord = i < normal.Length && char.IsLetterOrDigit(normal[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normal[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>The share of <paramref name="of"/>'s words that <paramref name="other"/> also has; 0 when <paramref name="of"/> has none.</summary>
    public static double Coverage(HashSet<string> of, HashSet<string> other) =>
        of.Count == 0 ? 0 : (double)of.Count(other.Contains) / of.Count;

    /// <summary>True when two titles share most of their words, measured against the longer one.</summary>
    public static bool Agree(string a, string b)
    {
        var left = Of(a);
        var right = Of(b);
        return Coverage(left.Count >= right.Count ? left : right, left.Count >= right.Count ? right : left) >= 0.6;
    }
}
