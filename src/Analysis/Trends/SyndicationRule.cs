using System.Globalization;

namespace Pipeline.Analysis.Trends;

/// <summary>
/// Decides which count reports are one figure, so that a story republished by several outlets is counted once.
/// Two reports are the same figure when all of these hold:
/// <list type="bullet">
/// <item>same kind and value, and same currency for money or same counted noun (case-insensitive) otherwise;</item>
/// <item>their articles were published at most <see cref="TrendOptions.SyndicationWindow"/> apart;</item>
/// <item>their articles' story signatures differ in at most <see cref="TrendOptions.SyndicationMaxDistance"/> bits
/// (near-identical texts), or they are the same article (a quantity written twice).</item>
/// </list>
/// Sameness is transitive (a chain of copies is one figure). Identical copies never reach this rule: the store keeps
/// one article per content hash.
/// </summary>
/// <param name="options">Window and distance.</param>
public sealed class SyndicationRule(TrendOptions options)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Merges reports into figures.</summary>
    /// <param name="reports">Count reports, any order.</param>
    /// <returns>The figures, each with its articles by day.</returns>
    public IReadOnlyList<CountFigure> Merge(IReadOnlyList<CountReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var window = (int)Math.Floor(options.SyndicationWindow.TotalDays);
        var figures = new List<CountFigure>();
        foreach (var group in reports.GroupBy(Identity))
        {
            var ordered = group.OrderBy(r => r.Day).ThenBy(r => r.ArticleId, StringComparer.Ordinal).ToList();
            var parent = Enumerable.Range(0, ordered.Count).ToArray();
            for (var i = 0; i < ordered.Count; i++)
            {
                for (var j = i + 1; j < ordered.Count && ordered[j].Day.DayNumber - ordered[i].Day.DayNumber <= window; j++)
                {
                    if (ordered[i].ArticleId == ordered[j].ArticleId || StorySignature.Distance(ordered[i].Story, ordered[j].Story) <= options.SyndicationMaxDistance)
                    {
                        Union(parent, i, j);
                    }
                }
            }

            foreach (var cluster in Enumerable.Range(0, ordered.Count).GroupBy(i => Find(parent, i)))
            {
                var members = cluster.Select(i => ordered[i]).ToList();
                var first = members[0];
                figures.Add(new CountFigure(
                    first.Count.Kind,
                    first.Count.Currency,
                    first.Count.Value,
                    first.Count.Noun,
                    first.Count.Approx,
                    first.Count.Span,
                    first.Day,
                    members.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToList()));
            }
        }

        return figures;
    }

    private static (string Kind, string Unit, decimal Value) Identity(CountReport report) =>
        (report.Count.Kind, report.Count.Currency ?? report.Count.Noun.Trim().ToLower(Vietnamese), report.Count.Value);

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
