using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Text;

namespace Pipeline.Evaluation;

/// <summary>One-to-one matching of predicted facts against gold facts, as documented on <see cref="FactEvaluation"/>.</summary>
internal static class FactMatcher
{
    public static (int Tp, int Fp, int Fn) Partners(IReadOnlyList<PartnerFact> gold, IReadOnlyList<PartnerFact> predicted) =>
        Match(gold, predicted, (g, p) => g.Key == p.Key || Overlaps(g.Start, g.Span.Length, p.Start, p.Span.Length));

    public static (int Tp, int Fp, int Fn) Counts(IReadOnlyList<CountFact> gold, IReadOnlyList<CountFact> predicted) =>
        Match(gold, predicted, (g, p) => g.Value == p.Value && g.Approx == p.Approx && Head(g.Noun) == Head(p.Noun));

    public static (int Tp, int Fp, int Fn) Dates(IReadOnlyList<DateFact> gold, IReadOnlyList<DateFact> predicted) =>
        Match(gold, predicted, (g, p) => g.Resolved == p.Resolved && Overlaps(g.Start, g.Span.Length, p.Start, p.Span.Length));

    private static (int Tp, int Fp, int Fn) Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> matches)
    {
        var used = new bool[gold.Count];
        var tp = 0;
        foreach (var p in predicted)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!used[i] && matches(gold[i], p))
                {
                    used[i] = true;
                    tp++;
                    break;
                }
            }
        }

        return (tp, predicted.Count - tp, gold.Count - tp);
    }

    private static bool Overlaps(int startA, int lengthA, int startB, int lengthB) =>
        startA < startB + lengthB && startB < startA + lengthA;

    private static string Head(string noun)
    {
        var first = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return DiacriticFolding.Fold(first).ToLowerInvariant();
    }
}
