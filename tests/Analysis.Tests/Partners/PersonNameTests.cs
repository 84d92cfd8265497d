using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Thứ trưởng Bộ Y tế Nguyễn Viết Hòa tiếp đoàn", 5, true)]
    [InlineData("Sở Y tế tỉnh Trần Thị Mai cho biết", 4, true)]
    [InlineData("Đại diện Sở Y tế Hà Nội ký", 5, false)]
    [InlineData("Giám đốc Học viện Chính trị Quốc gia Hồ Chí Minh nói", 8, false)]
    [InlineData("Ông Bộ Y tế Nguyễn Thanh tiếp", 4, false)]
    public void StartsAt_WordAfterInstitution_TellsAPersonFromAPlace(string text, int index, bool expected)
    {
        var words = NameTokenizer.Words(text);
        var head = words.FindIndex(w => w.Text is "Bộ" or "Sở" or "Học");

        Assert.Equal(expected, PersonName.StartsAt(words, index, head));
    }
}
