using Pipeline.Analysis.Dates;
using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Evaluation;

/// <summary>One-to-one matching of predicted facts against gold facts, as documented on <see cref="FactEvaluation"/>.</summary>
internal static class FactMatcher
{
    public static FactMatch<PartnerFact> Partners(IReadOnlyList<PartnerFact> gold, IReadOnlyList<PartnerFact> predicted) =>
        Match(gold, predicted, (g, p) => g.Key == p.Key || Overlaps(g.Start, g.Span.Length, p.Start, p.Span.Length) || SameName(g.Name, p.Name) || SameCountry(g, p));

    public static FactMatch<CountFact> Counts(IReadOnlyList<CountFact> gold, IReadOnlyList<CountFact> predicted) =>
        Match(gold, predicted, (g, p) => g.Value == p.Value && g.Approx == p.Approx && Head(g.Noun) == Head(p.Noun));

    public static FactMatch<DateFact> Dates(IReadOnlyList<DateFact> gold, IReadOnlyList<DateFact> predicted) =>
        Match(gold, predicted, (g, p) => ResolvedDates.AtDayPrecision(g.Resolved) == ResolvedDates.AtDayPrecision(p.Resolved) && Overlaps(g.Start, g.Span.Length, p.Start, p.Span.Length));

    private static FactMatch<T> Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> matches)
    {
        var used = new bool[gold.Count];
        var spurious = new List<T>();
        foreach (var p in predicted)
        {
            var matched = false;
            for (var i = 0; i < gold.Count && !matched; i++)
            {
                if (!used[i] && matches(gold[i], p))
                {
                    used[i] = true;
                    matched = true;
                }
            }

            if (!matched)
            {
                spurious.Add(p);
            }
        }

        return new FactMatch<T>(predicted.Count - spurious.Count, spurious, gold.Where((_, i) => !used[i]).ToList());
    }

    /// <summary>
    /// The same entity under the same name at another mention: annotators key places and countries freely ("hua-phan",
    /// "houaphanh", "germany"), so an entity reported at a later mention than the annotated one is still the same entity.
    /// </summary>
    private static bool SameName(string gold, string predicted) =>
        string.Equals(ToneMarks.ToTraditionalPlacement(gold), ToneMarks.ToTraditionalPlacement(predicted), StringComparison.OrdinalIgnoreCase);

    /// <summary>A country is one entity however it is written ("CHLB Đức", "Đức"): its ISO code says which.</summary>
    private static bool SameCountry(PartnerFact gold, PartnerFact predicted) =>
        gold.Kind == "country" && predicted.Kind == "country" && gold.CountryCode is { Length: > 0 } code && code == predicted.CountryCode;

    private static bool Overlaps(int startA, int lengthA, int startB, int lengthB) =>
        startA < startB + lengthB && startB < startA + lengthA;

    private static string Head(string noun)
    {
        var first = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return DiacriticFolding.Fold(first).ToLowerInvariant();
    }
}
