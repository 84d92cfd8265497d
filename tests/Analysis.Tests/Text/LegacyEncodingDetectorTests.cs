using Pipeline.Analysis.Text;

namespace Pipeline.Analysis.Tests.Text;

public sealed class LegacyEncodingDetectorTests
{
    [Fact]
    public void Detect_Tcvn3Mojibake_Tcvn3()
    {
        Assert.Equal("TCVN3", LegacyEncodingDetector.Detect("Së Y tÕ Hµ Néi ®· ký kÕt hîp t¸c víi bÖnh viÖn ®¹i häc cña NhËt B¶n vÒ ®µo t¹o."));
    }

    [Fact]
    public void Detect_VniMojibake_Vni()
    {
        Assert.Equal("VNI", LegacyEncodingDetector.Detect("Sôû Y teá Haø Noäi ñaõ kyù keát hôïp taùc vôùi beänh vieän ñaïi hoïc cuûa Nhaät Baûn veà ñaøo taïo."));
    }

    [Theory]
    [InlineData("Sở Y tế Hà Nội đã ký kết hợp tác với bệnh viện đại học của Nhật Bản về đào tạo.")]
    [InlineData("The hospital signed a memorandum of understanding with a Japanese university.")]
    [InlineData("ngắn")]
    public void Detect_UnicodeOrOtherLanguage_Null(string text)
    {
        Assert.Null(LegacyEncodingDetector.Detect(text));
    }
}
