using System.Text;
using System.Text.Json;
using Pipeline.Analysis.Facts;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Analysis.Tests.Seeds;

/// <summary>The two real seed articles (../shared/seeds), annotated by hand in Seeds/seed-annotations.json as offsets only.</summary>
public sealed class SeedFixtureTests(ITestOutputHelper output)
{
    private static readonly FactAnalyzer Analyzer = FactAnalyzer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));

    private static readonly string SeedDirectory = SharedData.Directory("seeds") ?? string.Empty;

    [SharedDataFact("seeds")]
    public void Analyze_SeedArticles_ReportsFiguresAboveFloors()
    {
        using var fixtures = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "seed-annotations.json")));
        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var fixture in fixtures.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(SeedDirectory, fixture.GetProperty("seed").GetString()!)).Normalize(NormalizationForm.FormC);
            text = text[..text.IndexOf(fixture.GetProperty("cutAt").GetString()!, StringComparison.Ordinal)];
            var facts = Analyzer.Analyze(text, null);
            var gold = fixture.GetProperty("facts").EnumerateArray().ToList();
            Assert.All(gold, g => Assert.True(g.GetProperty("start").GetInt32() + g.GetProperty("length").GetInt32() <= text.Length));
            Score(totals, "partners", gold.Where(g => g.GetProperty("kind").GetString() == "partner").ToList(), facts.Partners.Select(p => (p.Start, p.Span.Length, p.Key)).ToList());
            Score(totals, "parties", gold.Where(g => g.GetProperty("kind").GetString() == "party").ToList(), facts.Parties.Select(p => (p.Start, p.Span.Length, p.Key)).ToList());
            Score(totals, "counts", gold.Where(g => g.GetProperty("kind").GetString() == "count").ToList(), facts.Counts.Select(c => (c.Start, c.Span.Length, c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList());
            Score(totals, "dates", gold.Where(g => g.GetProperty("kind").GetString() == "date").ToList(), facts.Dates.Select(d => (d.Start, d.Span.Length, d.Resolved)).ToList());
        }

        foreach (var (kind, (tp, fp, fn)) in totals.Select(kv => (kv.Key, (kv.Value[0], kv.Value[1], kv.Value[2]))))
        {
            var precision = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            output.WriteLine($"seeds {kind}: P {precision:0.000} R {recall:0.000} F1 {f1:0.000} (tp {tp}, fp {fp}, fn {fn})");
            Assert.True(f1 >= (kind == "parties" ? 0.3 : 0.6), $"{kind} F1 {f1:0.000} on the seeds");
        }
    }

    /// <summary>A prediction matches a gold fact it overlaps (partners, parties) or overlaps with the same value (counts, dates).</summary>
    private static void Score(Dictionary<string, int[]> totals, string kind, List<JsonElement> gold, List<(int Start, int Length, string Value)> predicted)
    {
        var counts = totals.TryGetValue(kind, out var t) ? t : totals[kind] = new int[3];
        var used = new bool[gold.Count];
        foreach (var (start, length, value) in predicted)
        {
            var match = gold.FindIndex(g => !used[gold.IndexOf(g)] && g.GetProperty("start").GetInt32() < start + length && start < g.GetProperty("start").GetInt32() + g.GetProperty("length").GetInt32()
                && (kind is "partners" or "parties" || Expected(g) == value));
            if (match >= 0)
            {
                used[match] = true;
                counts[0]++;
            }
            else
            {
                counts[1]++;
            }
        }

        counts[2] += used.Count(u => !u);
    }

    private static string Expected(JsonElement fact) =>
        fact.TryGetProperty("resolved", out var resolved) ? resolved.GetString()! : fact.GetProperty("value").GetRawText();
}
