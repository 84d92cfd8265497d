using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class HighlandWordTests
{
    [Theory]
    [InlineData("Srêpốk")]
    [InlineData("H'leo")]
    [InlineData("M'Drắk")]
    [InlineData("Đắk")]
    public void Is_VietnameseMinorityWord_True(string word)
    {
        Assert.True(HighlandWord.Is(word));
    }

    [Theory]
    [InlineData("O'Connor")]
    [InlineData("Müller")]
    [InlineData("Olivé")]
    [InlineData("Sheba")]
    public void Is_ForeignName_False(string word)
    {
        Assert.False(HighlandWord.Is(word));
    }
}
