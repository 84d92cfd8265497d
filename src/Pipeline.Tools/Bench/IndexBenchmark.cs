using System.Diagnostics;
using System.Text;
using Pipeline.Analysis.Topics;
using Pipeline.Corpus;
using Pipeline.Evaluation;
using Pipeline.Indexer.Analysis;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;

namespace Pipeline.Bench;

/// <summary>
/// <c>bench index</c>: our Lucene index and a SQLite FTS5 index built over the same generated articles, then the
/// same sampled queries timed in both, and both engines scored on the judged queries over the gold corpus.
/// </summary>
public static class IndexBenchmark
{
    /// <summary>The query kinds timed, in report order.</summary>
    public static readonly string[] Kinds = ["one-term", "two-term", "phrase", "filtered+faceted"];

    // Ranking every match of a common word takes tens of milliseconds; a hundred queries per kind is enough to see the gap.
    private const int AgreementQueriesPerKind = 100;

    private const int WarmUpQueries = 40;
    private static readonly DateTimeOffset FirstDay = new(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Runs the benchmark.</summary>
    /// <param name="articleCount">Synthetic articles to index in both engines.</param>
    /// <param name="queriesPerKind">Sampled queries timed per kind.</param>
    /// <param name="seed">The seed of the articles and the queries.</param>
    /// <param name="stage">Told what the benchmark is doing, for progress output.</param>
    /// <param name="cancellationToken">Stops the benchmark.</param>
    /// <returns>The figures of both engines.</returns>
    public static IndexBenchmarkResult Run(int articleCount, int queriesPerKind, int seed, Action<string> stage, CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(Path.GetTempPath(), "pipeline-bench-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            stage($"generating {articleCount:N0} articles");
            var gold = GoldCorpus.Load(GoldCorpus.DefaultDirectory);
            var articles = SyntheticArticles.Generate(gold, articleCount, seed);
            var megabytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Title) + Encoding.UTF8.GetByteCount(a.Lead ?? string.Empty) + Encoding.UTF8.GetByteCount(a.Body)) / 1e6;
            var queries = SampleQueries(articles, queriesPerKind + WarmUpQueries, seed);
            var judged = SearchEvaluator.LoadQueries(SearchEvaluator.DefaultQueriesPath);
            cancellationToken.ThrowIfCancellationRequested();

            stage("building the Lucene index");
            var threads = Math.Max(1, Environment.ProcessorCount);
            var luceneDirectory = Path.Combine(root, "lucene");
            var luceneCpu = CpuTime();
            var luceneBuild = Stopwatch.StartNew();
            SyntheticArticles.Index(luceneDirectory, articles, threads, cancellationToken);
            luceneBuild.Stop();
            luceneCpu = CpuTime() - luceneCpu;
            var luceneSize = DirectorySize(luceneDirectory);

            stage("building the SQLite FTS5 index");
            var ftsPath = Path.Combine(root, "fts5.db");
            var ftsCpu = CpuTime();
            var ftsBuild = Stopwatch.StartNew();
            using var fts = Fts5Index.Create(ftsPath);
            fts.AddAll(articles);
            ftsBuild.Stop();
            ftsCpu = CpuTime() - ftsCpu;
            var ftsSize = new FileInfo(ftsPath).Length;
            cancellationToken.ThrowIfCancellationRequested();

            stage("timing queries in Lucene");
            List<LatencyFigures> luceneLatency;
            List<CandidateAgreement> agreement;
            using (var searcher = ArticleSearcher.Open(luceneDirectory))
            {
                luceneLatency = Time(queries, queriesPerKind, q => searcher.Search(new SearchRequest(q.Text, Topic: q.Topic, From: q.From, To: q.To)).Total, cancellationToken);
                stage("comparing first pages with ranking every match");
                agreement = Agree(searcher, queries, Math.Min(queriesPerKind, AgreementQueriesPerKind), cancellationToken);
            }

            stage("timing queries in FTS5");
            var ftsLatency = Time(
                queries,
                queriesPerKind,
                q => q.Topic is null ? fts.Search(Fts5Query.From(q.Text)).Total : fts.SearchFiltered(Fts5Query.From(q.Text), q.Topic, q.From!.Value, q.To!.Value).Total,
                cancellationToken);

            stage("scoring both on the judged queries");
            var luceneJudged = SearchEvaluator.Evaluate(gold, judged);
            var ftsJudged = JudgeFts5(gold, judged, Path.Combine(root, "judged.db"));

            return new IndexBenchmarkResult(
                articles.Count,
                Math.Round(megabytes, 1),
                threads,
                queriesPerKind,
                [
                    new EngineFigures("lucene", Seconds(luceneBuild), Rate(articles.Count, luceneBuild), Math.Round(luceneCpu.TotalSeconds, 2), Math.Round(articles.Count / luceneCpu.TotalSeconds, 0), luceneSize, luceneLatency, luceneJudged.NdcgAt10, luceneJudged.RecallAt10),
                    new EngineFigures("sqlite-fts5", Seconds(ftsBuild), Rate(articles.Count, ftsBuild), Math.Round(ftsCpu.TotalSeconds, 2), Math.Round(articles.Count / ftsCpu.TotalSeconds, 0), ftsSize, ftsLatency, ftsJudged.NdcgAt10, ftsJudged.RecallAt10),
                ],
                agreement);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary directory is harmless.
            }
        }
    }

    /// <summary>Queries drawn from the articles' own words, so every one matches something; the same seed draws the same queries.</summary>
    internal static List<BenchQuery> SampleQueries(IReadOnlyList<IndexedArticle> articles, int perKind, int seed)
    {
        var random = new Random(seed);
        var stop = new HashSet<string>(VietnameseStopWords.Words, StringComparer.Ordinal);
        var labels = articles.SelectMany(a => a.Facts?.Topics ?? []).Select(t => t.Label).Where(l => l != Taxonomy.Other).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        labels = labels.Count == 0 ? [Taxonomy.Other] : labels;
        var queries = new List<BenchQuery>(perKind * Kinds.Length);
        for (var i = 0; i < perKind; i++)
        {
            queries.Add(new BenchQuery(Kinds[0], Pick(random, Words(articles[random.Next(articles.Count)], stop))));
            var words = Words(articles[random.Next(articles.Count)], stop);
            queries.Add(new BenchQuery(Kinds[1], Pick(random, words) + " " + Pick(random, words)));
            queries.Add(new BenchQuery(Kinds[2], Phrase(random, articles[random.Next(articles.Count)].Body)));
            var from = FirstDay.AddDays(random.Next(0, 1000));
            queries.Add(new BenchQuery(Kinds[3], Pick(random, Words(articles[random.Next(articles.Count)], stop)), labels[random.Next(labels.Count)], from, from.AddDays(365)));
        }

        return queries;
    }

    /// <summary>
    /// The first page as searches build it (the ranking scored over every match in one pass) against the first page of
    /// every match collected and then rescored with the same full ranking (<see cref="SearchRequest.RankEveryMatch"/>):
    /// the share of results they have in common, and whether they open alike.
    /// </summary>
    internal static List<CandidateAgreement> Agree(ArticleSearcher searcher, List<BenchQuery> queries, int perKind, CancellationToken cancellationToken = default)
    {
        var agreement = new List<CandidateAgreement>();
        foreach (var kind in Kinds)
        {
            double shared = 0, sameFirst = 0;
            var compared = 0;
            foreach (var query in queries.Where(q => q.Kind == kind).Take(perKind))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var request = new SearchRequest(query.Text, Topic: query.Topic, From: query.From, To: query.To, Budget: TimeSpan.FromMinutes(1));
                var every = searcher.Search(request with { RankEveryMatch = true }).Hits.Select(h => h.Id).ToList();
                if (every.Count == 0)
                {
                    continue;
                }

                var page = searcher.Search(request).Hits.Select(h => h.Id).ToList();
                shared += every.Intersect(page, StringComparer.Ordinal).Count() / (double)every.Count;
                sameFirst += page.Count > 0 && page[0] == every[0] ? 1 : 0;
                compared++;
            }

            agreement.Add(new CandidateAgreement(kind, compared, Math.Round(shared / Math.Max(1, compared), 3), Math.Round(sameFirst / Math.Max(1, compared), 3)));
        }

        return agreement;
    }

    private static List<LatencyFigures> Time(List<BenchQuery> queries, int perKind, Func<BenchQuery, int> run, CancellationToken cancellationToken)
    {
        var figures = new List<LatencyFigures>();
        foreach (var kind in Kinds)
        {
            var ofKind = queries.Where(q => q.Kind == kind).ToList();
            foreach (var query in ofKind.Take(WarmUpQueries))
            {
                run(query);
            }

            var times = new List<double>(perKind);
            long hits = 0;
            foreach (var query in ofKind.Skip(WarmUpQueries))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stopwatch = Stopwatch.StartNew();
                hits += run(query);
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            figures.Add(new LatencyFigures(
                kind,
                times.Count,
                Math.Round(Percentile(times, 0.50), 2),
                Math.Round(Percentile(times, 0.99), 2),
                Math.Round(times.Average(), 2),
                Math.Round(hits / (double)Math.Max(1, times.Count), 0)));
        }

        return figures;
    }

    private static SearchEvaluation JudgeFts5(IReadOnlyList<GoldArticle> gold, IReadOnlyList<JudgedQuery> judged, string path)
    {
        using var fts = Fts5Index.Create(path);
        fts.AddAll(gold.Select(g => new IndexedArticle(g.Source.Slug, g.Url, g.Source.Outlet, g.Source.Title, g.Source.Lead, string.Join('\n', g.Source.Paragraphs), g.Source.Published)).ToList());
        return SearchEvaluator.Evaluate(gold, judged, query => fts.Search(Fts5Query.From(query)));
    }

    private static List<string> Words(IndexedArticle article, HashSet<string> stop) =>
        article.Body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 1 && w.All(char.IsLetter) && !stop.Contains(w.ToLowerInvariant()))
            .ToList();

    private static string Phrase(Random random, string body)
    {
        var words = body.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var start = random.Next(Math.Max(1, words.Length - 2));
            var length = random.Next(2, 4);
            if (start + length <= words.Length && words.Skip(start).Take(length).All(w => w.All(char.IsLetter)))
            {
                return "\"" + string.Join(' ', words.Skip(start).Take(length)) + "\"";
            }
        }

        return "\"hợp tác\"";
    }

    private static string Pick(Random random, List<string> words) => words.Count == 0 ? "y tế" : words[random.Next(words.Count)];

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static double Seconds(Stopwatch stopwatch) => Math.Round(stopwatch.Elapsed.TotalSeconds, 2);

    private static double Rate(int count, Stopwatch stopwatch) => Math.Round(count / stopwatch.Elapsed.TotalSeconds, 0);

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
