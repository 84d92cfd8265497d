using FsCheck;
using FsCheck.Fluent;
using Pipeline.Analysis.Facts;
using Pipeline.TestSupport;
using Pipeline.Text;

namespace Pipeline.Analysis.Tests.Facts;

/// <summary>
/// Issue #27, property tests: the analysis never throws, whatever the string, and every fact it reports (partners,
/// parties, counts, dates) carries a span that is the text at its offset. Fixed seeds keep the cases the same on every run.
/// </summary>
public sealed class FactAnalyzerPropertyTests
{
    private const int Cases = 400;

    private static readonly FactAnalyzer Analyzer = FactAnalyzer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));

    [Fact]
    public void Analyze_AnyString_NeverThrows()
    {
        var analysed = 0;
        var property = Prop.ForAll(Arb.From(VietnameseLikeText.AnyText()), Arb.From(Published()), (string text, DateTimeOffset? published) =>
        {
            Assert.NotNull(Analyzer.Analyze(text, published));
            analysed++;
        });

        Check.One(Config(27UL), property);

        Assert.Equal(Cases, analysed);
    }

    [Fact]
    public void Analyze_NormalisedText_EverySpanIsTheTextAtItsOffset()
    {
        var facts = 0;
        var property = Prop.ForAll(Arb.From(VietnameseLikeText.AnyText()), Arb.From(Published()), (string raw, DateTimeOffset? published) =>
        {
            // Offsets refer to the stored text, which is normalised.
            var text = VietnameseNormalizer.Normalize(raw);
            var result = Analyzer.Analyze(text, published);
            var spans = result.Partners.Select(p => ("partner", p.Span, p.Start))
                .Concat(result.Parties.Select(p => ("party", p.Span, p.Start)))
                .Concat(result.Counts.Select(c => ("count", c.Span, c.Start)))
                .Concat(result.Dates.Select(d => ("date", d.Span, d.Start)));
            foreach (var (kind, span, start) in spans)
            {
                Assert.True(
                    start >= 0 && start <= text.Length - span.Length && string.CompareOrdinal(text, start, span, 0, span.Length) == 0,
                    $"{kind} \"{span}\" at {start} is not the text there: \"{text}\"");
                facts++;
            }
        });

        Check.One(Config(2705UL), property);

        // The property means something only if the generated texts yield facts.
        Assert.True(facts >= Cases / 2, $"only {facts} facts in {Cases} texts");
    }

    private static Gen<DateTimeOffset?> Published() =>
        Gen.Frequency(
            (1, Gen.Constant<DateTimeOffset?>(null)),
            (3, Gen.Choose(0, 365 * 30).Select(days => (DateTimeOffset?)new DateTimeOffset(2000, 1, 1, 8, 0, 0, TimeSpan.FromHours(7)).AddDays(days))));

    private static Config Config(ulong seed) => FsCheck.Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(new Replay(new Rnd(seed), null));
}
