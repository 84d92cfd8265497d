using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class WordsBeforeTests
{
    [Theory]
    [InlineData("Theo", "Theo")]
    [InlineData("số liệu theo", "theo")]
    [InlineData("(theo", "theo")]
    [InlineData("Hãng tintheo", null)]
    [InlineData("", null)]
    public void Ending_WholeWordAtTheEnd_Found(string before, string? expected)
    {
        Assert.Equal(expected, WordsBefore.Ending(before, ["theo", "Theo"], StringComparison.Ordinal));
    }

    [Fact]
    public void Ending_IgnoringCase_FirstWordTriedWins()
    {
        Assert.Equal("hãng tin", WordsBefore.Ending("Theo HÃNG TIN", ["hãng tin", "tin"], StringComparison.OrdinalIgnoreCase));
    }
}
