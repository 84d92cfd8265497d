namespace Pipeline.Text.Tests;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationsAndNumbers_NotSentenceEnds()
    {
        const string text = "PGS.TS. Nguyễn Văn A, Giám đốc bệnh viện tại TP. Hồ Chí Minh, nhận 1.500 liều vắc xin. BS. Lan phát biểu! Q. Ba Đình có mặt?\nDòng mới";

        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length)).ToList();

        Assert.Equal(
            ["PGS.TS. Nguyễn Văn A, Giám đốc bệnh viện tại TP. Hồ Chí Minh, nhận 1.500 liều vắc xin.", "BS. Lan phát biểu!", "Q. Ba Đình có mặt?", "Dòng mới"],
            sentences);
    }
}
