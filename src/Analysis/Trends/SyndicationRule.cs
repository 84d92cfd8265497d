namespace Pipeline.Analysis.Trends;

/// <summary>
/// Decides which count reports are one figure, so that a story republished by several outlets is counted once.
/// Two reports are the same figure when all of these hold:
/// <list type="bullet">
/// <item>same kind, value and unit (<see cref="CountKinds.UnitOf"/>: the currency for money, else the noun in lower case);</item>
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
    /// <summary>Groups reports into figures.</summary>
    /// <param name="reports">Count reports, any order.</param>
    /// <returns>One array per figure: its reports by day (then article id), the first report first.</returns>
    public IReadOnlyList<CountReport[]> Merge(IReadOnlyList<CountReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var window = (int)Math.Floor(options.SyndicationWindow.TotalDays);
        var index = new Dictionary<(string Kind, string Unit, decimal Value), List<CountReport>>();
        var groups = new List<List<CountReport>>();
        List<CountReport>? current = null;
        CountReport? previous = null;
        foreach (var report in reports)
        {
            // Sources that return reports ordered by kind, unit and value (the SQLite store does) need one lookup per group.
            if (previous is null || current is null || !SameIdentity(previous, report))
            {
                var identity = (report.Kind, report.Unit, report.Value);
                if (!index.TryGetValue(identity, out current))
                {
                    index[identity] = current = [];
                    groups.Add(current);
                }
            }

            current.Add(report);
            previous = report;
        }

        var figures = new List<CountReport[]>(reports.Count);
        foreach (var group in groups)
        {
            if (group.Count == 1)
            {
                figures.Add([group[0]]);
                continue;
            }

            group.Sort(static (a, b) => a.Day != b.Day ? a.Day.CompareTo(b.Day) : string.CompareOrdinal(a.ArticleId, b.ArticleId));
            var parent = new int[group.Count];
            for (var i = 0; i < parent.Length; i++)
            {
                parent[i] = i;
            }

            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count && group[j].Day.DayNumber - group[i].Day.DayNumber <= window; j++)
                {
                    if (group[i].ArticleId == group[j].ArticleId || StorySignature.Distance(group[i].Story, group[j].Story) <= options.SyndicationMaxDistance)
                    {
                        Union(parent, i, j);
                    }
                }
            }

            // Roots are the smallest index of their set, so each figure's reports stay in day order, the first report first.
            var members = new Dictionary<int, List<CountReport>>();
            for (var i = 0; i < group.Count; i++)
            {
                var root = Find(parent, i);
                if (!members.TryGetValue(root, out var list))
                {
                    members[root] = list = [];
                }

                list.Add(group[i]);
            }

            figures.AddRange(members.Values.Select(m => m.ToArray()));
        }

        return figures;
    }

    private static bool SameIdentity(CountReport a, CountReport b) =>
        a.Value == b.Value && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal) && string.Equals(a.Kind, b.Kind, StringComparison.Ordinal);

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
