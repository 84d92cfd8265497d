using System.Text.Json;
using Pipeline.Analysis.Text;
using Pipeline.Corpus;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Search;
using Pipeline.Indexer.Writing;

namespace Pipeline.Evaluation;

/// <summary>
/// Indexes every gold article (title, lead, body) in a temporary index with the product's analyzer and scores the
/// judged queries: relevance comes from the gold annotations, so the judgements cannot drift from the corpus.
/// </summary>
internal static class SearchEvaluator
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string DefaultQueriesPath => Path.Combine(AppContext.BaseDirectory, "data", "search", "judged-queries.json");

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

    public static SearchEvaluation Evaluate(IReadOnlyList<GoldArticle> gold, IReadOnlyList<JudgedQuery> queries)
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
            return Evaluate(gold, queries, query =>
            {
                var results = searcher.Search(new SearchRequest(query, Limit: 10));
                return (results.Hits.Select(h => h.Id).ToList(), results.Total);
            });
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
