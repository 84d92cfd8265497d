using System.Text.RegularExpressions;
using Pipeline.Output.Citations;

namespace Pipeline.Tests.Output.Citations;

public sealed class BibtexWriterTests
{
    [Fact]
    public void Write_Ordinary_IsNewspaperArticleWithOutletDatesUrlAndLanguage()
    {
        var entry = Assert.Single(BibtexReader.Parse(BibtexWriter.Write([CitationSamples.Ordinary])));

        Assert.Equal("article", entry.Type);
        Assert.Equal("{Bệnh viện Chợ Rẫy và JICA khởi động dự án đào tạo điều dưỡng}", entry.Fields["title"]);
        Assert.Equal(@"Báo Sức khỏe \& Đời sống", entry.Fields["journal"]);
        Assert.Equal("newspaper", entry.Fields["entrysubtype"]);
        Assert.Equal("2025", entry.Fields["year"]);
        Assert.Equal("3", entry.Fields["month"]);
        Assert.Equal("2025-03-12", entry.Fields["date"]);
        Assert.Equal(CitationSamples.Ordinary.Url, entry.Fields["url"]);
        Assert.Equal("2025-03-14", entry.Fields["urldate"]);
        Assert.Equal("vietnamese", entry.Fields["langid"]);
    }

    [Fact]
    public void Write_SpecialCharacters_AreEscapedAndBracesStayBalanced()
    {
        var entry = Assert.Single(BibtexReader.Parse(BibtexWriter.Write([CitationSamples.Special])));

        var title = entry.Fields["title"];
        Assert.Equal(
            @"{Chi phí 50\% \textbraceleft{}dự kiến\textbraceright{} cho \#1 dự án\_mới \& \$ quỹ \textbackslash{} \textasciitilde{} \textasciicircum{} của WHO  TY  - JOUR}",
            title);
        Assert.Equal(@"Tin Y tế \textbraceleft{}Online\textbraceright{}", entry.Fields["journal"]);
        // Every TeX special character left in a field is escaped.
        Assert.DoesNotMatch(new Regex(@"(^|[^\\])[%&$#_]", RegexOptions.NonBacktracking), title);
    }

    [Fact]
    public void Write_UrlWithQuery_StaysAsIsForTheVerbatimField()
    {
        var entry = Assert.Single(BibtexReader.Parse(BibtexWriter.Write([CitationSamples.Special])));

        Assert.Equal("https://example.vn/tin?id=5&muc=y-te", entry.Fields["url"]);
    }

    [Fact]
    public void Key_Citations_StableUniqueAndPlain()
    {
        var first = BibtexReader.Parse(BibtexWriter.Write(CitationSamples.All)).Select(e => e.Key).ToList();
        var again = BibtexReader.Parse(BibtexWriter.Write(CitationSamples.All)).Select(e => e.Key).ToList();

        Assert.Equal(first, again);
        Assert.Equal(first.Count, first.Distinct(StringComparer.Ordinal).Count());
        Assert.All(first, key => Assert.Matches("^[A-Za-z0-9-]+$", key));
        Assert.Equal(["2025-3fa9c0d1e2b4a5f6", "2024-0011aabbccddeeff", "nd-ffeeddccbbaa0099"], first);
    }

    [Fact]
    public void Write_Undated_HasNoDateFields()
    {
        var entry = Assert.Single(BibtexReader.Parse(BibtexWriter.Write([CitationSamples.Undated])));

        Assert.False(entry.Fields.ContainsKey("year"));
        Assert.False(entry.Fields.ContainsKey("date"));
        Assert.False(entry.Fields.ContainsKey("urldate"));
    }
}
