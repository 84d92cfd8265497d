using System.Text;

namespace Pipeline.Evaluation;

/// <summary>
/// The article-extraction benchmark's body metric: tokens are maximal runs of letters, digits and "_"
/// (after NFC); pages are compared as multisets of 4-token shingles; per page TP, FP and FN are divided by
/// their sum so every page weighs the same; precision and recall are means over pages, F1 their harmonic mean.
/// </summary>
internal static class ShingleMetric
{
    private const int ShingleSize = 4;

    /// <summary>Per-page TP, FP and FN as shares of their sum (all zero for two empty texts).</summary>
    /// <param name="expected">The gold text.</param>
    /// <param name="actual">The extracted text.</param>
    /// <returns>The page's normalised counts.</returns>
    public static PageScore ScorePage(string? expected, string? actual)
    {
        var truth = Shingles(expected);
        var predicted = Shingles(actual);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truth.Keys.Union(predicted.Keys))
        {
            var t = truth.GetValueOrDefault(key);
            var p = predicted.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /// <summary>Precision, recall and F1 over pages.</summary>
    /// <param name="pages">Per-page scores.</param>
    /// <returns>The aggregate.</returns>
    public static PrfScore Aggregate(IReadOnlyCollection<PageScore> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precision = pages.All(p => p.FalsePositive == 0) ? 1.0 : pages.Where(p => p.TruePositive + p.FalsePositive > 0).Average(p => p.TruePositive / (p.TruePositive + p.FalsePositive));
        var recall = pages.All(p => p.FalseNegative == 0) ? 1.0 : pages.Where(p => p.TruePositive + p.FalseNegative > 0).Average(p => p.TruePositive / (p.TruePositive + p.FalseNegative));
        return PrfScore.From(precision, recall);
    }

    internal static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var current = new StringBuilder();
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == '_' || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OtherNumber or System.Globalization.UnicodeCategory.LetterNumber)
            {
                current.Append(rune.ToString());
            }
            else if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static Dictionary<string, int> Shingles(string? text)
    {
        var tokens = Tokens(text).ToArray();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length < ShingleSize)
        {
            // A short text is one shingle of all its tokens, as in the benchmark's reference code.
            shingles[string.Join('\u0001', tokens)] = 1;
            return shingles;
        }

        for (var i = 0; i + ShingleSize <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, ShingleSize);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }
}
