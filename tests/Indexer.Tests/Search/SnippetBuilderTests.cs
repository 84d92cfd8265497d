using Pipeline.Indexer.Search;

namespace Pipeline.Indexer.Tests.Search;

public sealed class SnippetBuilderTests
{
    private static readonly string Filler = string.Concat(Enumerable.Repeat("bệnh viện tỉnh tổ chức hội nghị thường niên ", 60));

    [Fact]
    public void Build_OnlyMatchFarDown_ShowsThePassageAroundIt()
    {
        using var builder = new SnippetBuilder();
        var text = Filler + "Đoàn chuyên gia JICA sang làm việc. " + Filler;

        var snippet = builder.Build(text, builder.QueryTerms("jica"));

        Assert.Contains("<mark>JICA</mark>", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PassageCrossingTheFirstWindow_MarksMatchesOnBothSides()
    {
        using var builder = new SnippetBuilder();
        var head = Filler[..1_400];
        head = head[..(head.LastIndexOf(' ') + 1)];
        var gap = Filler[..120];
        gap = gap[..(gap.LastIndexOf(' ') + 1)];

        // The second mention starts past the first 1,500 characters but inside the passage the first one opens.
        var text = head + "vắc xin đầu tiên " + gap + "vắc xin thứ hai. " + Filler;

        var snippet = builder.Build(text, builder.QueryTerms("vắc xin"));

        Assert.Equal(4, snippet.Split("<mark>").Length - 1);
    }

    [Fact]
    public void Build_NoMatch_ShowsTheBeginning()
    {
        using var builder = new SnippetBuilder();

        var snippet = builder.Build(Filler, builder.QueryTerms("jica"));

        Assert.StartsWith("bệnh viện tỉnh", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
    }
}
