using Pipeline.Analysis.Facts;

namespace Pipeline.Analysis.Tests.Facts;

public sealed class FactAnalyzerTests
{
    private const string Text = "Ngày 12/3/2025, Bộ Y tế và Tổ chức Y tế Thế giới (WHO) ký kết hợp tác tại Hà Nội.";

    private static readonly string Gazetteers = Path.Combine(AppContext.BaseDirectory, "data", "gazetteers");

    [Fact]
    public void Analyze_ShippedGazetteers_FindsPartners()
    {
        var analyzer = FactAnalyzer.Load(Gazetteers);

        var facts = analyzer.Analyze(Text, null);

        Assert.NotNull(analyzer.Gazetteer);
        Assert.Contains(facts.Partners, p => p.Key == "who");
        Assert.Equal(facts.Partners.Select(p => p.Key), analyzer.PartnersOf(Text).Select(p => p.Key));
    }

    [Fact]
    public void Load_MissingDirectory_AnalysesWithoutPartners()
    {
        var analyzer = FactAnalyzer.Load(Path.Combine(AppContext.BaseDirectory, "no-such-gazetteers"));

        var facts = analyzer.Analyze(Text, null);

        Assert.Null(analyzer.Gazetteer);
        Assert.Empty(facts.Partners);
        Assert.Empty(analyzer.PartnersOf(Text));
        Assert.NotEmpty(facts.Dates);
    }

    [Fact]
    public void Analyze_RelatedNewsHeadlines_NoPartnersOrPartiesFromThemButCountsStay()
    {
        const string text = "Ngày 12/3/2025, Bệnh viện Bạch Mai và Tổ chức Y tế Thế giới (WHO) ký kết hợp tác.\nTin liên quan:\nHàn Quốc tặng 20 máy thở cho Bệnh viện Trung ương Huế";
        var analyzer = FactAnalyzer.Load(Gazetteers);

        var facts = analyzer.Analyze(text, null);

        Assert.Contains(facts.Partners, p => p.Key == "who");
        Assert.DoesNotContain(facts.Partners, p => p.Key == "kr");
        Assert.DoesNotContain(facts.Parties, p => p.Span.Contains("Huế", StringComparison.Ordinal));
        Assert.Contains(facts.Parties, p => p.Span == "Bệnh viện Bạch Mai");
        Assert.Contains(facts.Counts, c => c.Value == 20);
        Assert.DoesNotContain(analyzer.PartnersOf(text), p => p.Key == "kr");
    }
}
