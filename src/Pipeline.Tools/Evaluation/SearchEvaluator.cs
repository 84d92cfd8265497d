using System.Text.Json;
using Pipeline.Corpus;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;
using Pipeline.Text;

namespace Pipeline.Evaluation;

/// <summary>
/// Indexes every gold article (title, lead, body) in a temporary index with the product's analyzer and scores the
/// judged queries: relevance comes from the gold annotations, so the judgements cannot drift from the corpus.
/// </summary>
public static class SearchEvaluator
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The shipped judged queries, beside the program.</summary>
    public static string DefaultQueriesPath => Storage.ProductData.Shipped.JudgedQueries;

    /// <summary>Queries whose whole result sets are judged against the words as typed, besides the judged queries.</summary>
    public static string DefaultTypedQueriesPath => Storage.ProductData.Shipped.AccentedQueries;

    /// <summary>Reads the typed-query set: a "queries" array of objects with a "query".</summary>
    public static IReadOnlyList<string> LoadTypedQueries(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return [.. json.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("query").GetString() ?? string.Empty)];
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The typed queries {path} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Reads the judged queries of <paramref name="path"/>.</summary>
    /// <param name="path">The judged-queries file.</param>
    /// <returns>The queries.</returns>
    public static IReadOnlyList<JudgedQuery> LoadQueries(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.GetProperty("queries").Deserialize<List<JudgedQuery>>(Options) ?? [];
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"The judged queries {path} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Indexes the gold articles, scores the ranking of every judged query and judges the matches of every query against its words as typed.</summary>
    /// <param name="gold">The gold articles to index.</param>
    /// <param name="queries">The judged queries.</param>
    /// <param name="typedQueries">Queries whose whole result sets are judged against the words as typed, besides the judged queries; null for none.</param>
    /// <returns>The scores.</returns>
    public static SearchEvaluation Evaluate(IReadOnlyList<GoldArticle> gold, IReadOnlyList<JudgedQuery> queries, IReadOnlyList<string>? typedQueries = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "pipeline-search-eval-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var writer = new ArticleIndexWriter(directory))
            {
                writer.Upsert(gold.Select(g => new IndexedArticle(
                    g.Source.Slug, g.Url, g.OutletName, g.Source.Title, g.Source.Lead, string.Join('\n', g.Source.Paragraphs), g.Source.Published)));
                writer.Commit(gold.Count);
            }

            using var searcher = ArticleSearcher.Open(directory);
            var evaluation = Evaluate(gold, queries, query =>
            {
                var results = searcher.Search(new SearchRequest(query, Limit: 10));
                return (results.Hits.Select(h => h.Id).ToList(), results.Total);
            });
            var judged = queries.Select(q => q.Query).Concat(typedQueries ?? []).Distinct(StringComparer.Ordinal).ToList();
            return evaluation with { Matching = EvaluateMatching(gold, judged, query => AllMatches(searcher, query)) };
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary index is harmless.
            }
        }
    }

    /// <summary>Scores any search engine on the judged queries: <paramref name="search"/> answers the first ten gold slugs and the total.</summary>
    public static SearchEvaluation Evaluate(IReadOnlyList<GoldArticle> gold, IReadOnlyList<JudgedQuery> queries, Func<string, (IReadOnlyList<string> Ranked, int Total)> search)
    {
        var scores = queries.Select(q => Score(gold, q, search)).ToList();
        return new SearchEvaluation(
            gold.Count,
            scores.Count == 0 ? 0 : Math.Round(scores.Average(s => s.NdcgAt10), 3),
            scores.Count == 0 ? 0 : Math.Round(scores.Average(s => s.RecallAt10), 3),
            scores.OrderBy(s => s.NdcgAt10).ThenBy(s => s.Query, StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Judges each query's whole result set against its words as typed (<see cref="TypedWords"/>): precision for the
    /// queries with diacritics, recall for those without.
    /// </summary>
    public static MatchEvaluation EvaluateMatching(IReadOnlyList<GoldArticle> gold, IReadOnlyList<string> queries, Func<string, IReadOnlySet<string>> matches)
    {
        var texts = gold.Select(g => (g.Source.Slug, Parts: TypedWords.Prepare(g.Source.Title, g.Source.Lead, string.Join('\n', g.Source.Paragraphs)))).ToList();
        var scores = new List<MatchQueryScore>();
        foreach (var query in queries)
        {
            var typed = TypedWords.Parse(query);
            var containing = texts.Where(t => typed.FoundIn(t.Parts)).Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
            var matched = matches(query);
            var wrong = typed.Accented ? matched.Where(m => !containing.Contains(m)) : containing.Where(c => !matched.Contains(c));
            scores.Add(new MatchQueryScore(query, typed.Accented, matched.Count, containing.Count, matched.Count(containing.Contains), [.. wrong.Order(StringComparer.Ordinal).Take(5)]));
        }

        var accented = scores.Where(s => s.Accented).ToList();
        var unaccented = scores.Where(s => !s.Accented).ToList();
        return new MatchEvaluation(
            Pooled(accented.Sum(s => s.Both), accented.Sum(s => s.Matched)),
            Pooled(unaccented.Sum(s => s.Both), unaccented.Sum(s => s.Containing)),
            [.. accented.OrderBy(s => s.Precision).ThenBy(s => s.Query, StringComparer.Ordinal), .. unaccented.OrderBy(s => s.Recall).ThenBy(s => s.Query, StringComparer.Ordinal)]);

        static double Pooled(int part, int whole) => whole == 0 ? 1 : Math.Round(part / (double)whole, 3);
    }

    // Every match, page by page: the judged queries' first pages say nothing about what the totals, facets and feeds
    // count. Every match is ranked so that the pages follow one order and none is skipped or shown twice.
    private static HashSet<string> AllMatches(ArticleSearcher searcher, string query)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var results = searcher.Search(new SearchRequest(query, Limit: 100, Page: page, RankEveryMatch: true));
            ids.UnionWith(results.Hits.Select(h => h.Id));
            if (results.Hits.Count < 100 || ids.Count >= results.Total)
            {
                return ids;
            }
        }
    }

    /// <summary>The gold articles relevant to a query.</summary>
    public static HashSet<string> Relevant(IReadOnlyList<GoldArticle> gold, JudgedQuery query) =>
        gold.Where(g => IsRelevant(g, query)).Select(g => g.Source.Slug).ToHashSet(StringComparer.Ordinal);

    private static SearchQueryScore Score(IReadOnlyList<GoldArticle> gold, JudgedQuery query, Func<string, (IReadOnlyList<string> Ranked, int Total)> search)
    {
        var relevant = Relevant(gold, query);
        var (ranked, total) = search(query.Query);
        double dcg = 0, ideal = 0;
        for (var i = 0; i < 10; i++)
        {
            var discount = 1 / Math.Log2(i + 2);
            dcg += i < ranked.Count && relevant.Contains(ranked[i]) ? discount : 0;
            ideal += i < relevant.Count ? discount : 0;
        }

        var found = ranked.Count(relevant.Contains);
        return new SearchQueryScore(
            query.Query,
            relevant.Count,
            total,
            ideal == 0 ? 0 : Math.Round(dcg / ideal, 3),
            relevant.Count == 0 ? 0 : Math.Round(found / (double)Math.Min(10, relevant.Count), 3));
    }

    private static bool IsRelevant(GoldArticle article, JudgedQuery query)
    {
        if (query.Partner is { } partner && article.Facts.Partners.Any(p => p.Key == partner))
        {
            return true;
        }

        if (query.Country is { } country && article.Facts.Partners.Any(p => p.CountryCode == country))
        {
            return true;
        }

        if (query.Topic is { } topic && article.Facts.Topics.Any(t => t.Label == topic))
        {
            return true;
        }

        if (query.Phrases is { Count: > 0 } phrases)
        {
            var text = Key(article.Source.Title + "\n" + article.Text);
            return phrases.Any(p => text.Contains(Key(p), StringComparison.Ordinal));
        }

        return false;
    }

    private static string Key(string text) => VietnameseNormalizer.NormalizeForMatching(text).ToLowerInvariant();
}
