using Pipeline.Analysis.Partners;

namespace Pipeline.Analysis.Tests.Partners;

public sealed class AliasMatcherTests
{
    private static readonly AliasMatcher<string> Matcher = new([("Việt Nam", "VN"), ("Việt", "VN-short"), ("Lào", "LA"), ("Lào Cai", "VN-LC"), ("Nam", "bad")]);

    [Fact]
    public void Find_OverlappingNames_LongestAtEachPosition()
    {
        var found = Matcher.Find("Lào Cai giáp Lào, Việt Nam hợp tác").Select(m => m.Value).ToList();

        Assert.Equal(["VN-LC", "LA", "VN", "bad"], found);
    }

    [Fact]
    public void Find_NamePartOfALongerWord_NotFound()
    {
        Assert.Empty(Matcher.Find("Làoo Việtnam"));
    }

    [Fact]
    public void Find_ManyNames_OnePassFindsEach()
    {
        var matcher = new AliasMatcher<int>(Enumerable.Range(0, 5000).Select(i => ($"Tên{i} Riêng", i)));
        var text = string.Join(" và ", Enumerable.Range(0, 5000).Where(i => i % 7 == 0).Select(i => $"Tên{i} Riêng"));

        var found = matcher.Find(text).Select(m => m.Value).ToList();

        Assert.Equal(Enumerable.Range(0, 5000).Where(i => i % 7 == 0), found);
    }

    [Fact]
    public void Find_NameWhoseTailIgnoresCase_MatchesSentenceCase()
    {
        var matcher = new AliasMatcher<string>([("Tổ chức Y tế Thế giới", "who"), ("Quỹ Nhi đồng", "fund")], (alias, _) => alias.Length > 15);

        var found = matcher.Find("Đại diện Tổ chức Y tế thế giới và quỹ nhi đồng dự họp.").ToList();

        var (start, length, value) = Assert.Single(found);
        Assert.Equal(("who", 9, 21), (value, start, length));
    }

    [Fact]
    public void Find_ManyNamesShareTheFirstWord_LongestThatMatchesWins()
    {
        var cities = Enumerable.Range(0, 20).Select(i => ($"thành phố Số{i}", $"city{i}"));
        var matcher = new AliasMatcher<string>(
            [.. cities, ("thành", "word"), ("thành phố", "any-city"), ("thành phố Số1 mới", "new"), ("thành Ủy ban Nhân dân", "tail")],
            (alias, _) => alias.Contains("Ủy", StringComparison.Ordinal));

        var found = matcher.Find("thành phố Số1 mới, thành phố Số12, thành phố Khác, thành ủy ban nhân dân, thành").Select(m => m.Value).ToList();

        Assert.Equal(["new", "city12", "any-city", "tail", "word"], found);
    }
}
