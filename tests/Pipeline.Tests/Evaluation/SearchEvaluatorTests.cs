using System.Text.Json;
using Pipeline.Corpus;
using Pipeline.Evaluation;

namespace Pipeline.Tests.Evaluation;

public sealed class SearchEvaluatorTests
{
    [Fact]
    public void JudgedQueries_AtLeastThirtyEachWithRelevantArticles()
    {
        var gold = GoldCorpus.Load(GoldCorpus.DefaultDirectory);
        var queries = SearchEvaluator.LoadQueries(SearchEvaluator.DefaultQueriesPath);

        Assert.True(queries.Count >= 30, $"{queries.Count} queries");
        Assert.All(queries, q => Assert.NotEmpty(SearchEvaluator.Relevant(gold, q)));
        Assert.Contains(queries, q => q.Query.Contains("hoà", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Query.Contains("hòa", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Query.All(c => c < 128) && q.Query.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void Relevant_BothTonePlacements_SameArticles()
    {
        var gold = GoldCorpus.Load(GoldCorpus.DefaultDirectory);

        var old = SearchEvaluator.Relevant(gold, new JudgedQuery("x", Phrases: ["hòa bình"]));
        var @new = SearchEvaluator.Relevant(gold, new JudgedQuery("x", Phrases: ["hoà bình"]));

        Assert.Equal(old.Order(StringComparer.Ordinal), @new.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Evaluate_Search_ReportsNdcgAndRecall()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--search", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(164, json.RootElement.GetProperty("articles").GetInt32());
        Assert.InRange(json.RootElement.GetProperty("ndcgAt10").GetDouble(), 0.5, 1.0);
        Assert.InRange(json.RootElement.GetProperty("recallAt10").GetDouble(), 0.5, 1.0);
        Assert.True(json.RootElement.GetProperty("queries").GetArrayLength() >= 30);
        var matching = json.RootElement.GetProperty("matching");
        Assert.InRange(matching.GetProperty("accentedPrecision").GetDouble(), 0.98, 1.0);
        Assert.InRange(matching.GetProperty("unaccentedRecall").GetDouble(), 0.98, 1.0);
    }

    [Fact]
    public void TypedQueries_IncludeTheCollisionsBothWays()
    {
        var queries = SearchEvaluator.LoadTypedQueries(SearchEvaluator.DefaultTypedQueriesPath);

        Assert.Subset(queries.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["Lào", "lao", "họp", "hợp", "hop", "Nhật Bản", "nhat ban", "hop tác"], StringComparer.Ordinal));
    }

    [Fact]
    public void EvaluateMatching_FoldedMatches_AccentedPrecisionDropsUnaccentedRecallHolds()
    {
        var gold = GoldCorpus.Load(GoldCorpus.DefaultDirectory);
        var unaccented = TypedWords.Parse("lao");
        var lao = gold.Where(g => unaccented.FoundIn(TypedWords.Prepare(g.Source.Title, g.Source.Lead, string.Join('\n', g.Source.Paragraphs))))
            .Select(g => g.Source.Slug).ToHashSet(StringComparer.Ordinal);

        // An engine that folds every word matches the same articles for "Lào" as for "lao".
        var evaluation = SearchEvaluator.EvaluateMatching(gold, ["Lào", "lao"], _ => lao);

        Assert.True(evaluation.AccentedPrecision < 0.9, evaluation.AccentedPrecision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.0, evaluation.UnaccentedRecall);
    }
}
