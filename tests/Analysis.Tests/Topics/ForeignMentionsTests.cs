using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class ForeignMentionsTests
{
    [Theory]
    [InlineData("lào", true)]
    [InlineData("unicef", true)]
    [InlineData("đức", false)]
    [InlineData("pháp", false)]
    [InlineData("bệnh", false)]
    public void IsWord_Token_NamesAForeignCountryOrBody(string token, bool expected)
    {
        Assert.Equal(expected, ForeignMentions.IsWord(token));
    }

    [Theory]
    [InlineData("trung", "quốc", true)]
    [InlineData("chlb", "đức", true)]
    [InlineData("việt", "đức", false)]
    [InlineData("biện", "pháp", false)]
    [InlineData("hàn", "gắn", false)]
    public void IsPair_TwoTokens_NamesAForeignCountryOnlyInThatPair(string first, string second, bool expected)
    {
        Assert.Equal(expected, ForeignMentions.IsPair(first, second));
    }
}
