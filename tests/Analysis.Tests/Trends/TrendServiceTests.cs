using Pipeline.Analysis.Trends;

namespace Pipeline.Analysis.Tests.Trends;

public sealed class TrendServiceTests
{
    [Theory]
    [InlineData("partner:jica", "partner", "jica")]
    [InlineData("party:bo-y-te", "party", "bo-y-te")]
    [InlineData("partner:a:b", "partner", "a:b")]
    public void ParseNodeId_RoleAndKey_SplitsAtTheFirstColon(string id, string role, string key) =>
        Assert.Equal((role, key), TrendService.ParseNodeId(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("jica")]
    [InlineData("partner:")]
    [InlineData("org:who")]
    [InlineData("Partner:who")]
    public void ParseNodeId_NotANodeId_Null(string? id) => Assert.Null(TrendService.ParseNodeId(id));
}
