namespace Pipeline.Text.Tests;

public sealed class DiacriticFoldingTests
{
    [Theory]
    [InlineData("Hợp tác quốc tế", "Hop tac quoc te")]
    [InlineData("Đà Nẵng", "Da Nang")]
    [InlineData("đoàn công tác", "doan cong tac")]
    [InlineData("Ðiện Biên", "Dien Bien")]
    public void Fold_VietnameseText_RemovesAllMarks(string input, string expected)
    {
        Assert.Equal(expected, DiacriticFolding.Fold(input));
    }
}
