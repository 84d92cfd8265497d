using System.Text.Json;
using Pipeline.Analysis.Facts;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Tests.Partners;

/// <summary>
/// The forms of partners and parties that real journalism uses, in 153 texts of our own (forms-corpus.json), read as a
/// whole: the floors hold what the rules reach today, so a change that loses a class of form fails here.
/// </summary>
public sealed class FormsCorpusTests
{
    private static readonly FactAnalyzer Analyzer = FactAnalyzer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));

    [Fact]
    public void Analyze_FormsCorpus_PartnersAndPartiesAboveFloors()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Partners", "forms-corpus.json")));
        var partners = new Tally();
        var parties = new Tally();
        foreach (var item in json.RootElement.GetProperty("texts").EnumerateArray())
        {
            var text = item.GetProperty("text").GetString()!;
            var facts = Analyzer.Analyze(text, null);
            partners.Add(text, Spans(item, "partners"), facts.Partners);
            parties.Add(text, Spans(item, "parties"), facts.Parties);
        }

        Assert.True(partners.F1 >= 0.97, $"partners F1 {partners.F1:0.000}: {partners.Errors}");
        Assert.True(parties.F1 >= 0.95, $"parties F1 {parties.F1:0.000}: {parties.Errors}");
    }

    private static List<string> Spans(JsonElement item, string property) => [.. item.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];

    private sealed class Tally
    {
        private readonly List<string> errors = [];
        private int found;
        private int spurious;
        private int missed;

        public double F1 => found == 0 ? 0 : 2.0 * found / ((2.0 * found) + spurious + missed);

        public string Errors => string.Join(" | ", errors);

        /// <summary>A fact matches an expected span written the same or overlapping that span's first occurrence.</summary>
        public void Add(string text, List<string> expected, IReadOnlyList<PartnerFact> predicted)
        {
            var unmatched = predicted.ToList();
            foreach (var span in expected)
            {
                var at = text.IndexOf(span, StringComparison.Ordinal);
                var match = unmatched.FirstOrDefault(p => p.Span == span || (p.Start < at + span.Length && at < p.Start + p.Span.Length));
                if (match is null)
                {
                    missed++;
                    errors.Add($"missed '{span}'");
                }
                else
                {
                    found++;
                    unmatched.Remove(match);
                }
            }

            spurious += unmatched.Count;
            errors.AddRange(unmatched.Select(p => $"spurious '{p.Span}'"));
        }
    }
}
