using System.Net;

namespace Pipeline.Tests.Web.Endpoints;

[Collection(WebTests.Name)]
public sealed class StaticEndpointsTests(WebFixture fixture)
{
    [Theory]
    [InlineData("/static/site.css", "text/css")]
    [InlineData("/static/vendor/echarts/echarts.min.js", "text/javascript")]
    [InlineData("/static/vendor/cytoscape/cytoscape.min.js", "text/javascript")]
    [InlineData("/static/vendor/world-atlas/countries-110m.json", "application/json")]
    [InlineData("/static/vendor/echarts/LICENSE", "text/plain")]
    public async Task Get_EmbeddedAsset_ServedWithItsTypeFromTheProgram(string path, string type)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Content.Headers.ContentLength > 100);
    }

    [Theory]
    [InlineData("/static/khong-co.js")]
    [InlineData("/static/..%2FPipeline.csproj")]
    [InlineData("/static/vendor/")]
    public async Task Get_NotAnEmbeddedAsset_NotFound(string path)
    {
        using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
