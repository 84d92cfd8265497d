using Pipeline.Output.Citations;

namespace Pipeline.Tests.Output.Citations;

public sealed class RisWriterTests
{
    [Fact]
    public void Write_Citations_EveryLineIsTagSpaceSpaceHyphenSpaceEndedByCrlf()
    {
        var ris = RisWriter.Write(CitationSamples.All);

        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ris.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', ris.Replace("\r\n", string.Empty, StringComparison.Ordinal));
        var records = RisReader.Parse(ris);
        Assert.Equal(3, records.Count);
    }

    [Fact]
    public void Write_Ordinary_HasNewsTypeOutletHeadlineDatesUrlAndLanguage()
    {
        var record = Assert.Single(RisReader.Parse(RisWriter.Write([CitationSamples.Ordinary])));

        Assert.Equal("NEWS", record.Single("TY"));
        Assert.Equal(CitationSamples.Ordinary.Title, record.Single("TI"));
        Assert.Equal("Báo Sức khỏe & Đời sống", record.Single("T2"));
        Assert.Equal("2025", record.Single("PY"));
        Assert.Equal("2025/03/12/", record.Single("DA"));
        Assert.Equal(CitationSamples.Ordinary.Url, record.Single("UR"));
        Assert.Equal("2025/03/14/", record.Single("Y2"));
        Assert.Equal("vi", record.Single("LA"));
    }

    [Fact]
    public void Write_TitleWithLineBreakAndTag_StaysOneLineInOneRecord()
    {
        var records = RisReader.Parse(RisWriter.Write([CitationSamples.Special]));

        var record = Assert.Single(records);
        Assert.Equal("NEWS", record.Single("TY"));
        Assert.Contains("TY  - JOUR", record.Single("TI"), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Undated_HasNoDateOrAccessTags()
    {
        var record = Assert.Single(RisReader.Parse(RisWriter.Write([CitationSamples.Undated])));

        Assert.False(record.Fields.ContainsKey("PY"));
        Assert.False(record.Fields.ContainsKey("DA"));
        Assert.False(record.Fields.ContainsKey("Y2"));
        Assert.Equal("Tin Lưu Trữ", record.Single("T2"));
    }
}
