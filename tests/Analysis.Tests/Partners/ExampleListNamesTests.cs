using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class ExampleListNamesTests
{
    private static string? Us(string phrase) => phrase.Contains("Mỹ", StringComparison.Ordinal) ? "US" : null;

    [Fact]
    public void Find_ForeignExamplesOfAKind_EachWithThePhrasesCountry()
    {
        const string Text = "Bác sĩ từ các trường đại học của Mỹ như Stanford, Yale và Johns Hopkins sang giảng dạy.";

        var found = ExampleListNames.Find(Text, Us).Select(f => (Text[f.Start..f.End], f.Code)).ToList();

        Assert.Equal([("Stanford", "US"), ("Yale", "US"), ("Johns Hopkins", "US")], found);
    }

    [Theory]
    [InlineData("Bệnh viện hợp tác với các bệnh viện lớn như Bạch Mai, Chợ Rẫy và Huế.")]
    [InlineData("Nhiều nước như Stanford đã cam kết.")]
    [InlineData("Các tổ chức như vậy cần minh bạch.")]
    public void Find_VietnameseExamplesOrNoKind_Nothing(string text)
    {
        Assert.Empty(ExampleListNames.Find(text, Us));
    }

    [Fact]
    public void Find_ListEndsAtTheVerb_ItemStopsThere()
    {
        const string Text = "Các quỹ như Wellcome Trust tài trợ nghiên cứu.";

        var (start, end, code) = Assert.Single(ExampleListNames.Find(Text, Us));

        Assert.Equal("Wellcome Trust", Text[start..end]);
        Assert.Null(code);
    }
}
