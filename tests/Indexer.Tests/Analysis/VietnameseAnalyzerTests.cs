using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    [Fact]
    public void Exact_VietnameseText_LowercasedSyllablesWithDiacritics()
    {
        Assert.Equal(["hợp", "tác", "quốc", "tế", "với", "jica"], Tokens(folded: false, "Hợp tác quốc tế với JICA"));
    }

    [Fact]
    public void Folded_VietnameseText_AsciiSyllables()
    {
        Assert.Equal(["hop", "tac", "da", "nang"], Tokens(folded: true, "Hợp tác Đà Nẵng"));
    }

    [Fact]
    public void Exact_BothTonePlacements_SameTokens()
    {
        Assert.Equal(Tokens(folded: false, "hòa bình, sức khỏe, thủy sản"), Tokens(folded: false, "hoà bình, sức khoẻ, thuỷ sản"));
    }

    [Fact]
    public void Exact_DecomposedInput_SameTokensAsComposed()
    {
        var text = "Bệnh viện Phụ sản Hà Nội";
        Assert.Equal(Tokens(folded: false, text), Tokens(folded: false, text.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void Folded_IcelandicEth_FoldsLikeVietnameseDd()
    {
        Assert.Equal(["dien", "bien"], Tokens(folded: true, "\u00D0iện Biên"));
    }

    [Fact]
    public void Exact_Offsets_PointIntoOriginalText()
    {
        const string text = "Sở Y tế hoà nhập";
        using var analyzer = new VietnameseAnalyzer(folded: false);
        using var stream = analyzer.GetTokenStream("body", text);
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var spans = new List<string>();
        while (stream.IncrementToken())
        {
            spans.Add(text[offset.StartOffset..offset.EndOffset]);
        }

        stream.End();
        Assert.Equal(["Sở", "Y", "tế", "hoà", "nhập"], spans);
    }

    internal static List<string> Tokens(bool folded, string text)
    {
        using var analyzer = new VietnameseAnalyzer(folded);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }
}
