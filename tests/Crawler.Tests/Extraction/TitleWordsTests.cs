using Pipeline.Crawler.Extraction;

namespace Pipeline.Crawler.Tests.Extraction;

public sealed class TitleWordsTests
{
    [Fact]
    public void Agree_BothTonePlacements_SameWords()
    {
        Assert.True(TitleWords.Agree("Khánh Hoà tăng cường chăm sóc sức khoẻ người cao tuổi", "Khánh Hòa tăng cường chăm sóc sức khỏe người cao tuổi"));
    }

    [Fact]
    public void Agree_SectionNameAgainstHeadline_False()
    {
        Assert.False(TitleWords.Agree("Sức khỏe", "Bí quyết giữ sức khỏe cho người làm việc văn phòng"));
    }

    [Fact]
    public void Coverage_HalfTheWordsShared_Half()
    {
        Assert.Equal(0.5, TitleWords.Coverage(TitleWords.Of("Y tế cơ sở"), TitleWords.Of("Cơ sở vật chất")));
    }
}
