using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class BareForeignNamesTests
{
    [Theory]
    [InlineData("Johns Hopkins và Trường Đại học Y Dược Cần Thơ hợp tác nghiên cứu ung thư.", "Johns Hopkins")]
    [InlineData("Bệnh viện Bạch Mai ký kết hợp tác với Mount Sinai về đào tạo tim mạch can thiệp.", "Mount Sinai")]
    [InlineData("Sanofi Pasteur hỗ trợ đào tạo cán bộ tiêm chủng.", "Sanofi Pasteur")]
    [InlineData("Các bác sĩ được đào tạo tại các trường Stanford, Yale và Duke.", "Stanford")]
    [InlineData("Trung tâm tiếp nhận thiết bị từ Medtronic và Boston Scientific.", "Boston Scientific")]
    [InlineData("Với Johnson & Johnson, Bộ Y tế triển khai chương trình chống lao kháng thuốc.", "Johnson & Johnson")]
    public void Find_NameWhereASideStands_Found(string text, string name)
    {
        var found = BareForeignNames.Find(text, _ => false).Select(s => text[s.Start..s.End]);

        Assert.Contains(name, found);
    }

    [Theory]
    [InlineData("Ông John Smith, Giám đốc chương trình, hỗ trợ Bộ Y tế.")]
    [InlineData("Giáo sư Peter Müller hợp tác với Bệnh viện Việt Đức trong nhiều năm.")]
    [InlineData("Chuyên gia Mark Lee hỗ trợ Bệnh viện Đà Nẵng.")]
    [InlineData("Đoàn đã sang Sydney học tập mô hình bác sĩ gia đình.")]
    [InlineData("Smith hỗ trợ dự án.")]
    [InlineData("TS Jean-Marc Olivé cùng Bệnh viện Bạch Mai triển khai nghiên cứu.")]
    [InlineData("Bệnh viện Chợ Rẫy Phnom Penh phối hợp khám bệnh cho bà con.")]
    public void Find_PersonPlaceOrLoneWord_Nothing(string text)
    {
        Assert.Empty(BareForeignNames.Find(text, _ => false));
    }
}
