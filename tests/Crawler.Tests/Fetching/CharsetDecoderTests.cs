using System.Text;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    static CharsetDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Windows1258FromHeader_ReturnsNfcText()
    {
        // windows-1258 holds the vowel letters precomposed and the tone marks as combining characters.
        var bytes = Encoding.GetEncoding(1258).GetBytes("<p>H\u01A1\u0323p tác y t\u00EA\u0301</p>");

        var (text, charset) = CharsetDecoder.Decode(bytes, "windows-1258");

        Assert.Equal("<p>Hợp tác y tế</p>", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("windows-1258", charset);
    }

    [Fact]
    public void Decode_MetaCharsetWithoutHeader_UsesMeta()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes("<html><head><meta charset=\"windows-1258\"></head><body>Đà N\u0103\u0303ng</body></html>");

        var (text, _) = CharsetDecoder.Decode(bytes, null);

        Assert.Contains("Đà Nẵng", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8ByteOrderMark_WinsOverWrongHeader()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Sức khỏe")).ToArray();

        var (text, _) = CharsetDecoder.Decode(bytes, "iso-8859-1");

        Assert.Equal("Sức khỏe", text);
    }

    [Fact]
    public void Decode_UnknownCharsetName_FallsBackToUtf8()
    {
        var (text, _) = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("Bệnh viện"), "x-no-such-charset");

        Assert.Equal("Bệnh viện", text);
    }
}
