namespace Pipeline.Text.Tests;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("Nguyễn")]
    [InlineData("nghiêng")]
    [InlineData("quốc")]
    [InlineData("Khuyến")]
    [InlineData("Đoàn")]
    [InlineData("gì")]
    [InlineData("Pôn")]
    [InlineData("Rẫy")]
    [InlineData("ươu")]
    public void IsSyllable_VietnameseSpelling_True(string word)
    {
        Assert.True(VietnameseSyllable.IsSyllable(word));
    }

    [Theory]
    [InlineData("Kyushu")]
    [InlineData("Sheba")]
    [InlineData("Charité")]
    [InlineData("Monash")]
    [InlineData("Oulu")]
    [InlineData("Mayo")]
    [InlineData("Seoul")]
    [InlineData("Fukuoka")]
    [InlineData("")]
    [InlineData("nghiênggggg")]
    public void IsSyllable_ForeignOrMalformed_False(string word)
    {
        Assert.False(VietnameseSyllable.IsSyllable(word));
    }
}
