namespace Pipeline.Text.Tests;

public sealed class ToneMarksTests
{
    [Theory]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("sức khoẻ", "sức khỏe")]
    [InlineData("Thuỷ sản", "Thủy sản")]
    [InlineData("THUỶ", "THỦY")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("chuẩn hoá", "chuẩn hóa")]
    [InlineData("Cộng hoà", "Cộng hòa")]
    public void ToTraditionalPlacement_NewStyleSpelling_MovesToneToFirstVowel(string input, string expected)
    {
        Assert.Equal(expected, ToneMarks.ToTraditionalPlacement(input));
    }

    [Theory]
    [InlineData("quý I/2025")]
    [InlineData("Hoàng Mai")]
    [InlineData("thuyền")]
    [InlineData("hòa bình")]
    [InlineData("khỏe mạnh")]
    [InlineData("Tokyo 2025")]
    public void ToTraditionalPlacement_AlreadyCanonicalOrNotApplicable_Unchanged(string input)
    {
        Assert.Equal(input, ToneMarks.ToTraditionalPlacement(input));
    }

    [Fact]
    public void ToTraditionalPlacement_AnyText_KeepsLength()
    {
        const string text = "Bộ Y tế hoà nhập, khoẻ mạnh, thuỷ điện, quý khách";
        Assert.Equal(text.Length, ToneMarks.ToTraditionalPlacement(text).Length);
    }

    // Found by the normaliser's property test (issue #27): "hoạ" followed by a combining grave, which NFC cannot compose,
    // had its dot below moved to the "o", leaving "a" + U+0300, which NFC then composed into "à": not idempotent.
    [Theory]
    [InlineData("hoạ\u0300")]
    [InlineData("khoẻ\u0323 mạnh")]
    public void ToTraditionalPlacement_VowelCarryingAnotherCombiningMark_Unchanged(string input)
    {
        Assert.Equal(input, ToneMarks.ToTraditionalPlacement(input));

        var matching = VietnameseNormalizer.NormalizeForMatching(input);
        Assert.Equal(matching, VietnameseNormalizer.NormalizeForMatching(matching));
    }
}
