using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Tests.Web;

/// <summary>Issue #27, finding 13: every GET endpoint of the app answers HEAD with the GET's status and headers and no body.</summary>
[Collection(WebTests.Name)]
public sealed class HeadRequestsTests(WebFixture fixture)
{
    // Set per response by the server or differing by framing only: a HEAD has no body to chunk. Content-Length is
    // compared apart: pages that show the search's time in milliseconds differ by a byte or two between two requests.
    private static readonly HashSet<string> Varying = new(StringComparer.OrdinalIgnoreCase) { "Date", "Transfer-Encoding", "Content-Length" };

    // Answers that are the same bytes every time, whose length must match exactly.
    private static readonly string[] Fixed = ["/static/site.css", "/robots.txt", "/api", "/openapi/v1.json", "/trends.csv"];

    [Fact]
    public async Task Head_EveryGetEndpoint_SameStatusAndHeadersNoBody()
    {
        var paths = await PathsAsync();
        Assert.True(paths.Count >= 15, string.Join(", ", paths));

        foreach (var path in paths)
        {
            using var get = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative));
            using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative)));

            Assert.True(get.StatusCode == head.StatusCode, $"{path}: GET {(int)get.StatusCode}, HEAD {(int)head.StatusCode}");
            Assert.True(Headers(get).SequenceEqual(Headers(head)), $"{path}:\nGET  {string.Join("; ", Headers(get))}\nHEAD {string.Join("; ", Headers(head))}");
            // A GET sent in chunks has no Content-Length; HEAD, which counts what GET would send, may still give one.
            Assert.True(get.Content.Headers.ContentLength is null || head.Content.Headers.ContentLength is not null, $"{path}: GET Content-Length {get.Content.Headers.ContentLength}, HEAD none");
            if (Fixed.Contains(path))
            {
                Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
            }

            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Head_PostOnlyPath_AnswersAsGetDoes()
    {
        using var get = await fixture.Client.GetAsync(new Uri("/actions/crawl", UriKind.Relative));
        using var head = await fixture.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/actions/crawl", UriKind.Relative)));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
    }

    /// <summary>The GET routes the app maps, read from the app itself so a new page is covered too, parameters filled in; and a few failures.</summary>
    private async Task<List<string>> PathsAsync()
    {
        var id = await FirstIdAsync();
        var routes = fixture.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Select(p => p.Replace("{id}", id, StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal).Replace("{recordId}", "0b6f1f0e-4d8e-4a8e-9a57-3f6b1c2d9e10", StringComparison.Ordinal).Replace("{**path}", "site.css", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.DoesNotContain(routes, r => r.Contains('{', StringComparison.Ordinal));
        routes.AddRange(["/static/vendor/echarts/echarts.min.js", "/static/khong-co.js", "/static/../Pipeline.csproj", "/?q=h%E1%BB%A3p%20t%C3%A1c", "/api/search?q=y%20t%E1%BA%BF&limit=101", "/?to=9999-12-31", "/articles/khong-co", "/api/articles/khong-co", "/trends.csv?from=1900-01-01", "/khong-co-trang-nay"]);
        return routes;
    }

    private static SortedDictionary<string, string> Headers(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
            .Where(h => !Varying.Contains(h.Key))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);

    private async Task<string> FirstIdAsync()
    {
        using var response = await fixture.Client.GetAsync(new Uri("/api/search?q=JICA", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;
    }
}
