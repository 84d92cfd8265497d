using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class SentenceCaseNamesTests
{
    private static readonly Gazetteer Places = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));
    private static readonly AliasMatcher<string> Countries = new(Places.Countries.Values.SelectMany(c => c.Aliases.Select(a => (a, c.CountryCode!))));

    [Theory]
    [InlineData("Quỹ phát triển Kuwait cho vay ưu đãi để xây bệnh viện.", "Quỹ phát triển Kuwait", "KW")]
    [InlineData("Sáng nay, Tổ chức hợp tác quốc tế Nhật Bản bàn giao thiết bị.", "Tổ chức hợp tác quốc tế Nhật Bản", "JP")]
    [InlineData("Bệnh viện nhi đồng Thái Lan hợp tác đào tạo bác sĩ nhi khoa.", "Bệnh viện nhi đồng Thái Lan", "TH")]
    [InlineData("Đoàn làm việc với Trung tâm kiểm soát dịch bệnh Hàn Quốc về giám sát cúm.", "Trung tâm kiểm soát dịch bệnh Hàn Quốc", "KR")]
    public void Find_HeadLowercaseWordsAndCountry_OneName(string text, string span, string code)
    {
        var (start, end, country) = Assert.Single(SentenceCaseNames.Find(text, Countries.Find(text).ToList()));

        Assert.Equal(span, text[start..end]);
        Assert.Equal(code, country);
    }

    [Theory]
    [InlineData("Bộ trưởng y tế Nhật Bản thăm Bệnh viện Bạch Mai.")]
    [InlineData("Viện trợ Nhật Bản giúp xây 10 trạm y tế.")]
    [InlineData("Trường hợp bệnh nhân Lào được chuyển về tuyến trên.")]
    [InlineData("Bệnh viện tiếp nhận chuyên gia Lào sang làm việc.")]
    [InlineData("Bệnh viện hỗ trợ Campuchia đào tạo điều dưỡng.")]
    [InlineData("Hội nghị hợp tác Việt Nam - Lào diễn ra tại Hà Nội.")]
    public void Find_TitleVerbOrVietnam_Nothing(string text)
    {
        Assert.Empty(SentenceCaseNames.Find(text, Countries.Find(text).ToList()));
    }
}
