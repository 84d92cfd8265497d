using Pipeline.Text.Facts;

namespace Pipeline.Storage.Tests;

public sealed class StoredFactsTests
{
    private static readonly ArticleFacts Facts = ArticleFacts.Empty with
    {
        Parties = [new PartnerFact("Bộ Y tế", "bo-y-te", "ministry", "Việt Nam", "VN", "Bộ Y tế", 12)],
        Topics = [new TopicScore("digital-health", 0.5)],
        Cooperation = new CooperationFact(true, 0.75),
    };

    [Fact]
    public void Write_Facts_OneCamelCaseLineWithVietnameseUnescaped()
    {
        var json = StoredFacts.Write(Facts);

        Assert.Equal(
            """{"partners":[],"parties":[{"name":"Bộ Y tế","key":"bo-y-te","kind":"ministry","country":"Việt Nam","countryCode":"VN","span":"Bộ Y tế","start":12}],"counts":[],"dates":[],"topics":[{"label":"digital-health","score":0.5}],"cooperation":{"value":true,"score":0.75}}""",
            json);
    }

    [Fact]
    public void Read_WrittenFacts_ReturnsEqualFacts()
    {
        var read = StoredFacts.Read(StoredFacts.Write(Facts));

        Assert.NotNull(read);
        Assert.Equal(Facts.Parties, read.Parties);
        Assert.Equal(Facts.Topics, read.Topics);
        Assert.Equal(Facts.Cooperation, read.Cooperation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{"partners":"not a list"}""")]
    public void Read_MissingOrUnreadableJson_ReturnsNull(string? json) => Assert.Null(StoredFacts.Read(json));
}
