using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    [Fact]
    public void Exact_VietnameseText_LowercasedSyllablesWithDiacritics()
    {
        Assert.Equal(["hợp", "tác", "quốc", "tế", "jica"], Tokens(folded: false, "Hợp tác quốc tế với JICA"));
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

    [Theory]
    [InlineData(SyllableForm.Folded)]
    [InlineData(SyllableForm.FoldedBigrams)]
    public void FoldedForms_BothTonePlacementsAndDecomposedInput_SameTokens(SyllableForm form)
    {
        const string traditional = "Hòa bình, sức khỏe, thủy sản \u201Cquý\u201D";
        const string modern = "Hoà bình, sức khoẻ, thuỷ sản \u201Cquý\u201D";

        var expected = Tokens(form, traditional);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Tokens(form, modern));
        Assert.Equal(expected, Tokens(form, modern.Normalize(NormalizationForm.FormD)));
        Assert.Equal(expected, Tokens(form, "Ho\u200Bà bình, sức khoẻ, thuỷ sản \"quý\""));
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
        using var analyzer = new VietnameseAnalyzer(SyllableForm.Exact);
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

    [Fact]
    public void Exact_FunctionWords_RemovedWithPositionGap()
    {
        using var analyzer = new VietnameseAnalyzer(SyllableForm.Exact);
        using var stream = analyzer.GetTokenStream("body", "ký kết với các đối tác");
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term}+{increment.PositionIncrement}");
        }

        stream.End();
        Assert.Equal(["ký+1", "kết+1", "đối+3", "tác+1"], tokens);
    }

    [Fact]
    public void Exact_ContentSyllableLikeStopWord_Kept()
    {
        // "cửa" folds like "của" but is a content word; "theo" starts "theo dõi" and is not on the list.
        Assert.Equal(["cửa", "khẩu", "theo", "dõi"], Tokens(folded: false, "cửa khẩu, theo dõi"));
    }

    [Fact]
    public void Folded_FunctionWords_Kept()
    {
        // Folded "cua" is both "của" and "cửa": dropping it would hide "cửa khẩu" from unaccented queries.
        Assert.Equal(["hop", "tac", "cua", "nhat"], Tokens(folded: true, "hợp tác của Nhật"));
    }

    [Fact]
    public void Bigrams_Text_AdjacentFoldedPairsOnly()
    {
        Assert.Equal(["hop tac", "tac voi", "voi nhat", "nhat ban"], Tokens(SyllableForm.FoldedBigrams, "Hợp tác với Nhật Bản"));
    }

    [Fact]
    public void Bigrams_OneSyllable_NoTokens()
    {
        Assert.Empty(Tokens(SyllableForm.FoldedBigrams, "Lào"));
    }

    [Fact]
    public void FoldedWithOriginal_AccentedSyllable_FoldedThenAsWrittenAtSamePosition()
    {
        Assert.Equal(
            [("lao", 1), ("lào", 0), ("va", 1), ("và", 0), ("lao", 1), ("da", 1), ("đà", 0)],
            TokensWithIncrements(SyllableForm.FoldedWithOriginal, "Lào và lao \u00D0à"));
    }

    [Fact]
    public void FoldedWithOriginal_BothTonePlacements_SameTokens()
    {
        Assert.Equal(Tokens(SyllableForm.FoldedWithOriginal, "hòa bình, sức khỏe"), Tokens(SyllableForm.FoldedWithOriginal, "hoà bình, sức khoẻ"));
    }

    [Fact]
    public void AsTyped_HalfAccentedQuery_FoldedOnlyWhereTypedWithoutMarks()
    {
        Assert.Equal(["hop", "tác", "hòa", "của"], Tokens(SyllableForm.AsTyped, "hop Tác Hoà của"));
    }

    [Fact]
    public void AsTyped_DecomposedInputAndIcelandicEth_SameAsIndexedSpelling()
    {
        Assert.Equal(["lào", "đà"], Tokens(SyllableForm.AsTyped, "La\u0300o \u00D0à"));
    }

    internal static List<(string Term, int Increment)> TokensWithIncrements(SyllableForm form, string text)
    {
        using var analyzer = new VietnameseAnalyzer(form);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<(string, int)>();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }

    internal static List<string> Tokens(bool folded, string text) => Tokens(folded ? SyllableForm.Folded : SyllableForm.Exact, text);

    internal static List<string> Tokens(SyllableForm form, string text)
    {
        using var analyzer = new VietnameseAnalyzer(form);
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
