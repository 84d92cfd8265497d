using System.Text;
using Pipeline.Bench;

namespace Pipeline.Tools.Tests.Bench;

public sealed class SearchAnswerTests
{
    [Fact]
    public void Figures_SearchAnswer_ReadsTotalAndTookMs()
    {
        var body = Encoding.UTF8.GetBytes("{\"total\":1234,\"tookMs\":17,\"hits\":[{\"total\":9}],\"facets\":{}}");

        Assert.Equal((1234L, 17L), SearchAnswer.Figures(body));
    }

    [Fact]
    public void Figures_NotJson_ReturnsZeros()
    {
        Assert.Equal((0L, 0L), SearchAnswer.Figures("xin chào"u8));
    }
}
