using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Trends;

/// <summary>
/// The trends analysts read: articles per interval and dimension, the share of cooperation articles, top partners,
/// partner countries by topic, reported counts summed by kind, and the cooperation network. Storage-independent: the
/// grouping happens in the <see cref="ITrendSource"/>; this class folds months into intervals, ranks, names and merges.
/// </summary>
/// <param name="source">The grouped rows.</param>
/// <param name="taxonomy">Topic labels and their Vietnamese names.</param>
/// <param name="options">The syndication rule's settings; defaults when null.</param>
public sealed class TrendService(ITrendSource source, Taxonomy taxonomy, TrendOptions? options = null)
{
    private readonly SyndicationRule syndication = new(options ?? new TrendOptions());

    /// <summary>The Vietnamese name of a topic label (the label itself when the taxonomy lacks it).</summary>
    /// <param name="label">A topic label.</param>
    /// <returns>Its name.</returns>
    public string TopicName(string label) => taxonomy.Labels.FirstOrDefault(l => l.Label == label)?.Name ?? label;

    /// <summary>Articles per interval, overall and for the <paramref name="top"/> values of a dimension.</summary>
    /// <param name="dimension">What the lines are.</param>
    /// <param name="interval">Interval width.</param>
    /// <param name="filter">Which articles.</param>
    /// <param name="top">How many values (1 or more).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The series.</returns>
    public async Task<TrendSeries> SeriesAsync(TrendDimension dimension, TrendInterval interval, TrendFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var totals = await source.MonthTotalsAsync(filter, cancellationToken);
        var values = await source.MonthValuesAsync(dimension, filter, cancellationToken);
        var periods = Periods(filter, totals.Select(t => t.Month).Concat(values.Select(v => v.Month)), interval);
        var index = periods.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);

        var articles = new int[periods.Count];
        var cooperation = new int[periods.Count];
        foreach (var total in totals)
        {
            var i = index[TrendPeriods.KeyOf(total.Month, interval)];
            articles[i] += total.Articles;
            cooperation[i] += total.CooperationArticles;
        }

        var lines = values.GroupBy(v => v.Key, StringComparer.Ordinal).Select(g =>
        {
            var points = new int[periods.Count];
            foreach (var value in g)
            {
                points[index[TrendPeriods.KeyOf(value.Month, interval)]] += value.Articles;
            }

            var label = dimension == TrendDimension.Topic ? TopicName(g.Key) : MostFrequent(g.Select(v => (v.Name, v.Articles)));
            return new TrendLine(g.Key, label, points.Sum(), points);
        }).OrderByDescending(l => l.Total).ThenBy(l => l.Key, StringComparer.Ordinal).ToList();

        return new TrendSeries(
            dimension,
            interval,
            filter,
            periods.Select((p, i) => new TrendPeriod(p.Key, p.Start, p.End, articles[i], cooperation[i], articles[i] == 0 ? 0 : Math.Round((double)cooperation[i] / articles[i], 4))).ToList(),
            lines.Take(top).ToList(),
            Math.Max(0, lines.Count - top));
    }

    /// <summary>The foreign partners named in the most articles, with first and last days, countries, topics and Vietnamese parties.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="top">How many partners (1 or more).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The partners, most articles first.</returns>
    public async Task<IReadOnlyList<PartnerTrend>> PartnersAsync(TrendFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var actors = await source.ActorsAsync(filter, cancellationToken);
        var partners = actors.Where(a => a.Role == TrendActor.Partner).GroupBy(a => a.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Rows: g.ToList(), Articles: g.Sum(r => r.Articles)))
            .OrderByDescending(p => p.Articles).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        var wanted = partners.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var topics = (await source.ActorTopicsAsync(filter, TrendActor.Partner, wanted, cancellationToken))
            .Where(t => wanted.Contains(t.Key))
            .ToLookup(t => t.Key, StringComparer.Ordinal);
        var partyNames = Names(actors.Where(a => a.Role == TrendActor.Party));
        var parties = (await source.PairsAsync(filter, TrendActor.Partner, wanted, cancellationToken))
            .Where(p => p.RoleA == TrendActor.Partner && p.RoleB == TrendActor.Party && wanted.Contains(p.KeyA))
            .ToLookup(p => p.KeyA, StringComparer.Ordinal);

        return partners.Select(p => new PartnerTrend(
            p.Key,
            MostFrequent(p.Rows.Select(r => (r.Name, r.Articles))),
            MostFrequent(p.Rows.Select(r => (r.Kind, r.Articles))),
            p.Articles,
            p.Rows.Min(r => r.First),
            p.Rows.Max(r => r.Last),
            Ranked(p.Rows.Where(r => r.CountryCode is not null).GroupBy(r => r.CountryCode!, StringComparer.Ordinal)
                .Select(g => new LabelCount(g.Key, MostFrequent(g.Select(r => (r.Country ?? g.Key, r.Articles))), g.Sum(r => r.Articles)))),
            Ranked(topics[p.Key].Select(t => new LabelCount(t.Label, TopicName(t.Label), t.Articles))),
            Ranked(parties[p.Key].Select(x => new LabelCount(x.KeyB, partyNames.GetValueOrDefault(x.KeyB, x.KeyB), x.Articles))))).ToList();
    }

    /// <summary>Partner countries, each with the articles naming a partner of it.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>Every country (key: ISO 3166-1 alpha-2; label: its Vietnamese name), most articles first.</returns>
    public async Task<IReadOnlyList<LabelCount>> CountriesAsync(TrendFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var byMonth = await source.MonthValuesAsync(TrendDimension.Country, filter, cancellationToken);
        return Ranked(byMonth.GroupBy(v => v.Key, StringComparer.Ordinal)
            .Select(g => new LabelCount(g.Key, MostFrequent(g.Select(v => (v.Name, v.Articles))), g.Sum(v => v.Articles))));
    }

    /// <summary>Partner countries by topic, for the <paramref name="top"/> countries with the most articles.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="top">How many countries (1 or more).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The matrix.</returns>
    public async Task<CountryTopicMatrix> CountryTopicsAsync(TrendFilter filter, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var countries = await CountriesAsync(filter, cancellationToken);
        var kept = countries.Take(top).ToList();
        var names = kept.ToDictionary(c => c.Key, c => c.Label, StringComparer.Ordinal);
        var cells = (await source.CountryTopicsAsync(filter, cancellationToken))
            .Where(r => names.ContainsKey(r.CountryCode))
            .GroupBy(r => (r.CountryCode, r.Label))
            .Select(g => new CountryTopicCell(g.Key.CountryCode, names[g.Key.CountryCode], g.Key.Label, TopicName(g.Key.Label), g.Sum(r => r.Articles)))
            .OrderBy(c => kept.FindIndex(k => k.Key == c.CountryCode)).ThenByDescending(c => c.Articles).ThenBy(c => c.Topic, StringComparer.Ordinal)
            .ToList();
        var topics = Ranked(cells.GroupBy(c => c.Topic, StringComparer.Ordinal).Select(g => new LabelCount(g.Key, TopicName(g.Key), g.Sum(c => c.Articles)))).ToList();
        return new CountryTopicMatrix(filter, kept, topics, cells, countries.Count - kept.Count);
    }

    /// <summary>Reported counts summed by kind (money per currency), syndicated copies counted once (<see cref="SyndicationRule"/>).</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="interval">Interval width of the per-interval sums.</param>
    /// <param name="listFigures">Also list every figure with its wording and articles (large for large stores).</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The sums, and the figures behind them when asked for.</returns>
    public async Task<CountSummary> CountsAsync(TrendFilter filter, TrendInterval interval, bool listFigures = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reports = await source.CountReportsAsync(filter, cancellationToken);
        var clusters = syndication.Merge(reports);

        var totals = new Dictionary<(string Kind, string? Currency), Tally>();
        foreach (var report in reports)
        {
            if (!totals.TryGetValue((report.Kind, report.Currency), out var total))
            {
                totals[(report.Kind, report.Currency)] = total = new Tally();
            }

            total.Reports++;
            total.Articles.Add(report.ArticleId);
        }

        var periods = new Dictionary<(string Period, string Kind, string? Currency), Tally>();
        var periodKeys = new Dictionary<DateOnly, string>();
        foreach (var cluster in clusters)
        {
            var first = cluster[0];
            var total = totals[(first.Kind, first.Currency)];
            total.Sum += first.Value;
            total.Figures++;
            if (!periodKeys.TryGetValue(first.Day, out var period))
            {
                periodKeys[first.Day] = period = TrendPeriods.KeyOf(first.Day, interval);
            }

            if (!periods.TryGetValue((period, first.Kind, first.Currency), out var inPeriod))
            {
                periods[(period, first.Kind, first.Currency)] = inPeriod = new Tally();
            }

            inPeriod.Sum += first.Value;
            inPeriod.Figures++;
        }

        return new CountSummary(
            filter,
            interval,
            totals.Select(t => new CountTotal(t.Key.Kind, t.Key.Currency, t.Value.Sum, t.Value.Figures, t.Value.Reports, t.Value.Articles.Count))
                .OrderBy(t => KindOrder(t.Kind)).ThenBy(t => t.Currency, StringComparer.Ordinal).ToList(),
            periods.Select(p => new CountPeriodTotal(p.Key.Period, p.Key.Kind, p.Key.Currency, p.Value.Sum, p.Value.Figures))
                .OrderBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => KindOrder(p.Kind)).ThenBy(p => p.Currency, StringComparer.Ordinal).ToList(),
            listFigures ? await FiguresAsync(clusters, cancellationToken) : []);
    }

    /// <summary>The cooperation network: parties and partners as nodes, an edge per pair named together.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The network.</returns>
    public async Task<CooperationNetwork> NetworkAsync(TrendFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var nodes = (await source.ActorsAsync(filter, cancellationToken)).GroupBy(a => (a.Role, a.Key)).Select(g =>
        {
            var country = g.Where(r => r.CountryCode is not null).GroupBy(r => r.CountryCode!, StringComparer.Ordinal)
                .Select(c => (Code: c.Key, Name: MostFrequent(c.Select(r => (r.Country ?? c.Key, r.Articles))), Articles: c.Sum(r => r.Articles)))
                .OrderByDescending(c => c.Articles).ThenBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault();
            return new NetworkNode(
                NodeId(g.Key.Role, g.Key.Key),
                g.Key.Role,
                g.Key.Key,
                MostFrequent(g.Select(r => (r.Name, r.Articles))),
                MostFrequent(g.Select(r => (r.Kind, r.Articles))),
                country.Code,
                country.Name,
                g.Sum(r => r.Articles),
                g.Min(r => r.First),
                g.Max(r => r.Last));
        }).OrderByDescending(n => n.Articles).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var topics = (await source.PairTopicsAsync(filter, cancellationToken)).ToLookup(t => (t.RoleA, t.KeyA, t.RoleB, t.KeyB));
        var edges = (await source.PairsAsync(filter, cancellationToken: cancellationToken)).Select(p => new NetworkEdge(
            NodeId(p.RoleA, p.KeyA),
            NodeId(p.RoleB, p.KeyB),
            p.Articles,
            topics[(p.RoleA, p.KeyA, p.RoleB, p.KeyB)].OrderByDescending(t => t.Articles).ThenBy(t => t.Label, StringComparer.Ordinal).Select(t => t.Label).ToList(),
            p.First,
            p.Last)).OrderByDescending(e => e.Weight).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ToList();
        return new CooperationNetwork(filter, nodes, edges);
    }

    /// <summary>The articles behind one node of the network, newest first.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="nodeId">The node's id, as <see cref="NodeId"/> makes it.</param>
    /// <param name="limit">At most this many (1 or more).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The articles.</returns>
    /// <exception cref="ArgumentException">The id names no role of the network.</exception>
    public Task<IReadOnlyList<ArticleRef>> NodeArticlesAsync(TrendFilter filter, string nodeId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (role, key) = ParseNodeId(nodeId) ?? throw new ArgumentException($"'{nodeId}' is not a node id (partner:KEY or party:KEY).", nameof(nodeId));
        return source.ActorArticlesAsync(filter, role, key, limit, cancellationToken);
    }

    /// <summary>The role and key of a node id, or null when it is not "partner:KEY" or "party:KEY".</summary>
    /// <param name="nodeId">A node id.</param>
    /// <returns>Its parts.</returns>
    public static (string Role, string Key)? ParseNodeId(string? nodeId)
    {
        var colon = nodeId?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0 || colon == nodeId!.Length - 1)
        {
            return null;
        }

        var role = nodeId[..colon];
        return role is TrendActor.Partner or TrendActor.Party ? (role, nodeId[(colon + 1)..]) : null;
    }

    private async Task<List<CountFigure>> FiguresAsync(IReadOnlyList<CountReport[]> clusters, CancellationToken cancellationToken)
    {
        var wordings = (await source.CountWordingsAsync(clusters.Select(c => (c[0].ArticleId, c[0].Ordinal)).ToList(), cancellationToken))
            .ToDictionary(w => (w.ArticleId, w.Ordinal));
        return clusters.Select(c =>
        {
            var first = c[0];
            var wording = wordings.GetValueOrDefault((first.ArticleId, first.Ordinal));
            return new CountFigure(first.Kind, first.Currency, first.Value, wording?.Noun ?? first.Unit, wording?.Approx ?? "exact", wording?.Span ?? string.Empty, first.Day,
                c.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToList());
        }).OrderBy(f => KindOrder(f.Kind)).ThenBy(f => f.Currency, StringComparer.Ordinal).ThenByDescending(f => f.Value).ThenBy(f => f.FirstDay).ThenBy(f => f.ArticleIds[0], StringComparer.Ordinal)
        .ToList();
    }

    /// <summary>The id of a network node.</summary>
    /// <param name="role">The participant's role.</param>
    /// <param name="key">Its key.</param>
    /// <returns>"role:key".</returns>
    public static string NodeId(string role, string key) => role + ":" + key;

    private static List<(string Key, DateOnly Start, DateOnly End)> Periods(TrendFilter filter, IEnumerable<string> months, TrendInterval interval)
    {
        var seen = months.Distinct(StringComparer.Ordinal).Select(TrendPeriods.ParseMonth).ToList();
        if (seen.Count == 0 && (filter.From is null || filter.To is null))
        {
            return [];
        }

        var first = filter.From ?? seen.Min();
        var last = filter.To ?? seen.Max();
        return first > last ? [] : TrendPeriods.Between(first, last, interval).ToList();
    }

    private static Dictionary<string, string> Names(IEnumerable<ActorRow> rows) =>
        rows.GroupBy(r => r.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => MostFrequent(g.Select(r => (r.Name, r.Articles))), StringComparer.Ordinal);

    private static string MostFrequent(IEnumerable<(string Value, int Articles)> values) =>
        values.GroupBy(v => v.Value, StringComparer.Ordinal)
            .Select(g => (Value: g.Key, Articles: g.Sum(v => v.Articles)))
            .OrderByDescending(v => v.Articles).ThenBy(v => v.Value, StringComparer.Ordinal)
            .First().Value;

    private static List<LabelCount> Ranked(IEnumerable<LabelCount> counts) =>
        counts.OrderByDescending(c => c.Articles).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    private static int KindOrder(string kind)
    {
        var index = CountKinds.Summed.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Running sums of one kind of count.</summary>
    private sealed class Tally
    {
        public decimal Sum { get; set; }

        public int Figures { get; set; }

        public int Reports { get; set; }

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);
    }
}
