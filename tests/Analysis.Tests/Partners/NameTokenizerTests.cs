using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class NameTokenizerTests
{
    [Fact]
    public void Words_PunctuationAndBrackets_PeeledWithClauseEnds()
    {
        var words = NameTokenizer.Words("Hội (KVA), Sở Y tế.");

        Assert.Equal(["Hội", "KVA", "Sở", "Y", "tế"], words.Select(w => w.Text));
        Assert.True(words[1].OpensGroup);
        Assert.True(words[1].EndsClause);
        Assert.True(words[^1].EndsClause);
        Assert.Equal(5, words[1].Start);
    }

    [Fact]
    public void Words_LatinAbbreviation_KeepsItsStop()
    {
        var words = NameTokenizer.Words("Klinikum St. Georg chuẩn bị.");

        Assert.Equal("St.", words[1].Text);
        Assert.False(words[1].EndsClause);
    }

    [Fact]
    public void Words_SentenceEndingInAName_StopEndsTheClause()
    {
        var words = NameTokenizer.Words("đoàn đến Hà Nội. Sau đó");

        Assert.Equal("Nội", words[3].Text);
        Assert.True(words[3].EndsClause);
    }

    [Fact]
    public void Words_InitialsInsideAName_KeepTheirStops()
    {
        var words = NameTokenizer.Words("Trường Y tế công cộng Harvard T.H. Chan ký kết.");

        Assert.Equal("T.H.", words[6].Text);
        Assert.False(words[6].EndsClause);
    }

    [Fact]
    public void Words_InitialsBeforeALowercaseWord_StopEndsTheClause()
    {
        var words = NameTokenizer.Words("do ông Nguyễn V.A. đọc");

        Assert.Equal("V.A", words[3].Text);
        Assert.True(words[3].EndsClause);
    }
}
