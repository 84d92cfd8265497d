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

    [Fact]
    public void Decode_Windows1258WithoutAnyDeclaration_Detected()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes("<p>B\u00EA\u0323nh vi\u00EA\u0323n \u0111a khoa ti\u0309nh ky\u0301 k\u00EA\u0301t h\u01A1\u0323p ta\u0301c v\u01A1\u0301i \u0111\u00F4\u0301i ta\u0301c Nh\u00E2\u0323t Ba\u0309n</p>");

        var (text, charset) = CharsetDecoder.Decode(bytes, null);

        Assert.Equal("<p>Bệnh viện đa khoa tỉnh ký kết hợp tác với đối tác Nhật Bản</p>", text);
        Assert.Equal("windows-1258", charset);
    }

    [Fact]
    public void Decode_DeclaredUtf8ButBytesAreNot_FallsBackToDetection()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes("<p>Ha\u0300 N\u00F4\u0323i</p>");

        var (text, _) = CharsetDecoder.Decode(bytes, "utf-8");

        Assert.Equal("<p>Hà Nội</p>", text);
    }
}
