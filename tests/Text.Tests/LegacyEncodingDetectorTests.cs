using System.Text;
using System.Text.Json;
using Pipeline.TestSupport;

namespace Pipeline.Text.Tests;

public sealed class LegacyEncodingDetectorTests
{
    private const string FirstSentence = "Sở Y tế Hà Nội đã ký kết hợp tác với bệnh viện đại học của Nhật Bản về đào tạo.";

    public static readonly TheoryData<string> Sentences = new()
    {
        FirstSentence,
        "Bệnh viện Bạch Mai phối hợp với Đại học Y khoa Tokyo đào tạo hai mươi bác sĩ hồi sức tích cực trong năm tới.",
        "Sở Y tế Đà Nẵng tiếp nhận lô máy thở và thiết bị xét nghiệm do Chính phủ Hàn Quốc viện trợ.",
        "Chương trình tiêm chủng mở rộng được triển khai ở các xã vùng sâu, vùng xa của tỉnh Hà Giang.",
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ TIẾP ĐOÀN CÔNG TÁC CỦA BỘ Y TẾ LÀO VỀ PHÒNG CHỐNG SỐT RÉT.",
        "Ngành y tế Thủ đô chuẩn bị nhân lực cho mùa dịch sốt xuất huyết.",
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Detect_SentenceTypedInTcvn3_Tcvn3(string sentence)
    {
        Assert.Equal("TCVN3", LegacyEncodingDetector.Detect(LegacyFontEncoder.EncodeTcvn3(sentence)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Detect_SentenceTypedInVni_Vni(string sentence)
    {
        Assert.Equal("VNI", LegacyEncodingDetector.Detect(LegacyFontEncoder.EncodeVni(sentence)));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Detect_SameSentenceInUnicode_Null(string sentence)
    {
        Assert.Null(LegacyEncodingDetector.Detect(sentence));
    }

    [Fact]
    public void EncodeTcvn3_KnownWords_PublishedCodes()
    {
        Assert.Equal("Hµ Néi ®· ký kÕt", LegacyFontEncoder.EncodeTcvn3("Hà Nội đã ký kết"));
        Assert.Equal("Haø Noäi ñaõ kyù keát", LegacyFontEncoder.EncodeVni("Hà Nội đã ký kết"));
    }

    [Theory]
    [InlineData("The hospital signed a memorandum of understanding with a Japanese university.")]
    [InlineData("ngắn")]
    [InlineData("Hoà Bình, thuỷ sản, khoẻ mạnh, quá trình, quân y, toàn quốc, quê hương, khuya, thuý.")]
    [InlineData("Đoàn chuyên gia từ Malmö, Zürich, Tromsø và Noël Hospital làm việc với Bệnh viện Chợ Rẫy về ghép tạng.")]
    [InlineData("Charité – Universitätsmedizin Berlin, Düsseldorf, Göteborg, Åarhus, São Paulo, Señora · © 2025 «Reuters»")]
    public void Detect_UnicodeOrOtherLanguage_Null(string text)
    {
        Assert.Null(LegacyEncodingDetector.Detect(text));
    }

    [SharedDataFact("real-dev")]
    public void Detect_EveryRealArticleAndSeed_NeverWarns()
    {
        var texts = System.IO.Directory.GetFiles(SharedData.Directory("real-dev")!, "*.json")
            .Select(file => (Name: Path.GetFileName(file), Text: JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("text").GetString()!))
            .Concat(System.IO.Directory.GetFiles(SharedData.Directory("seeds") ?? SharedData.Directory("real-dev")!, "*.txt")
                .Select(file => (Name: Path.GetFileName(file), Text: File.ReadAllText(file))))
            .ToList();

        var warned = texts.Where(t => LegacyEncodingDetector.Detect(t.Text.Normalize(NormalizationForm.FormC)) is not null).Select(t => t.Name).ToList();

        Assert.True(texts.Count >= 30, $"only {texts.Count} texts found");
        Assert.Empty(warned);
    }

    [Fact]
    public void Detect_FiveMegabytesOfTcvn3_FastAndDetected()
    {
        var text = new StringBuilder().Insert(0, LegacyFontEncoder.EncodeTcvn3(FirstSentence) + " ", 60_000).ToString();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        Assert.Equal("TCVN3", LegacyEncodingDetector.Detect(text));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }
}
