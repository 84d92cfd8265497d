using Pipeline.Evaluation;

namespace Pipeline.Tools.Tests.Evaluation;

public sealed class TypedWordsTests
{
    [Theory]
    [InlineData("Lào", "Tầm soát bệnh lao", false)]
    [InlineData("Lào", "Đoàn bác sĩ Lào", true)]
    [InlineData("lao", "Đoàn bác sĩ Lào", true)]
    [InlineData("họp", "Hợp tác y tế", false)]
    [InlineData("hop tác", "Hợp tác y tế", true)]
    [InlineData("hop tác", "Hợp tắc", false)]
    [InlineData("hoà", "Tỉnh Hòa Bình", true)]
    [InlineData("\"Nhật Bản\"", "giải nhất, bản tin", false)]
    [InlineData("\"nhat ban\"", "giải nhất, bản tin", true)]
    [InlineData("\"nhat ban\"", "Hợp tác với Nhật Bản", true)]
    [InlineData("\"nhat ban\"", "Nhật tới bản", false)]
    public void FoundIn_Text_WordsAsTyped(string query, string text, bool expected)
    {
        Assert.Equal(expected, TypedWords.Parse(query).FoundIn(TypedWords.Prepare(text)));
    }

    [Fact]
    public void FoundIn_PhraseAcrossTwoParts_NotFound()
    {
        Assert.False(TypedWords.Parse("\"Nhật Bản\"").FoundIn(TypedWords.Prepare("Hợp tác với Nhật", "Bản tin")));
    }

    [Theory]
    [InlineData("Lào", true)]
    [InlineData("hop tác", true)]
    [InlineData("hop tac AND lao", false)]
    public void Parse_Query_AccentedWhenAWordCarriesMarks(string query, bool accented)
    {
        Assert.Equal(accented, TypedWords.Parse(query).Accented);
    }
}
