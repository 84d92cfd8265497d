using System.Text;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Fetching;

public sealed class Utf8CensusTests
{
    [Fact]
    public void Of_VietnameseUtf8_CountsCharactersNotBytes()
    {
        var census = Utf8Census.Of(Encoding.UTF8.GetBytes("Hà Nội, ngày 5"));

        Assert.Equal(new Utf8Census(3, 0), census);
    }

    [Fact]
    public void Of_InvalidSequences_EachMaximalSubpartOnce()
    {
        // E1 BB is a three-byte letter missing its last byte: one sequence; FF is never UTF-8: another.
        var census = Utf8Census.Of([(byte)'a', 0xE1, 0xBB, (byte)'b', 0xFF, 0xC3, 0xA9]);

        Assert.Equal(new Utf8Census(1, 2), census);
    }

    [Theory]
    [InlineData(3, 2, false)]
    [InlineData(2, 2, false)]
    [InlineData(2, 3, true)]
    [InlineData(0, 1, true)]
    [InlineData(0, 0, false)]
    public void MostlyInvalid_MoreThanHalfOfNonAsciiInvalid_True(int valid, int invalid, bool expected)
    {
        var bytes = Enumerable.Repeat("é"u8.ToArray(), valid).Concat(Enumerable.Repeat(new byte[] { 0xE9, (byte)' ' }, invalid)).SelectMany(b => b).ToArray();

        var census = Utf8Census.Of(bytes);

        Assert.Equal(new Utf8Census(valid, invalid), census);
        Assert.Equal(expected, census.MostlyInvalid);
    }

    [Fact]
    public void LooksLikeUtf8_AsciiOnly_False()
    {
        Assert.False(Utf8Census.Of("<p>WHO</p>"u8).LooksLikeUtf8);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xE1 }, 1)]
    [InlineData(new byte[] { 0x61, 0xE1, 0xBB }, 2)]
    [InlineData(new byte[] { 0x61, 0xF0, 0x9F, 0x98 }, 3)]
    [InlineData(new byte[] { 0x61, 0xE1, 0xBB, 0x87 }, 0)]
    [InlineData(new byte[] { 0x61, 0xFF }, 0)]
    [InlineData(new byte[] { 0x61, 0xBB }, 0)]
    [InlineData(new byte[] { 0x61, 0xE0, 0x80 }, 0)]
    [InlineData(new byte[] { }, 0)]
    public void IncompleteTail_CharacterCutAtTheEnd_ItsLength(byte[] bytes, int expected)
    {
        Assert.Equal(expected, Utf8Census.IncompleteTail(bytes));
    }
}
