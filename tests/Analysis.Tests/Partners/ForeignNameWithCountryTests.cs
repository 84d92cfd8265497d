using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class ForeignNameWithCountryTests
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal) { ["Đức"] = "DE", ["Hoa Kỳ"] = "US", ["Việt Nam"] = "VN", ["Pháp"] = "FR" };

    [Theory]
    [InlineData("Viện Tim hợp tác với Charité - Universitätsmedizin Berlin (Đức) từ năm ngoái.", "Charité - Universitätsmedizin Berlin", "DE")]
    [InlineData("Thiết bị do Siemens Healthineers (Đức) sản xuất.", "Siemens Healthineers", "DE")]
    [InlineData("Ký kết với Children's Hospital of Philadelphia (Hoa Kỳ) về ghép gan.", "Children's Hospital of Philadelphia", "US")]
    public void Find_ForeignNameBeforeItsCountry_NameAndCode(string text, string name, string code)
    {
        var (start, end, found) = Assert.Single(ForeignNameWithCountry.Find(text, Countries, _ => false));

        Assert.Equal(name, text[start..end]);
        Assert.Equal(code, found);
    }

    [Theory]
    [InlineData("Theo ông Peter Müller (Đức), hai bên sẽ mở rộng hợp tác.")]
    [InlineData("Giáo sư Jean Dupont (Pháp) trình bày báo cáo.")]
    [InlineData("Hội Chữ thập đỏ tỉnh Kiên Giang (Việt Nam) tiếp nhận hàng.")]
    [InlineData("Sở Y tế tỉnh Bình Phước (Đức) là một câu sai.")]
    [InlineData("Đoàn đã thăm một trạm y tế tại Bad Schmiedeberg (Đức).")]
    public void Find_PersonOrVietnameseName_Nothing(string text)
    {
        Assert.Empty(ForeignNameWithCountry.Find(text, Countries, _ => false));
    }

    [Fact]
    public void Find_KnownPlace_Nothing()
    {
        Assert.Empty(ForeignNameWithCountry.Find("Hội thảo diễn ra tại Leipzig (Đức).", Countries, name => name == "Leipzig"));
    }
}
