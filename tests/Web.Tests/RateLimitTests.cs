using System.Net;

namespace Pipeline.Tests.Web;

[Collection(WebTests.Name)]
public sealed class RateLimitTests(WebFixture fixture)
{
    [Fact]
    public async Task Requests_OverThePerMinuteLimit_Answer429WithRetryAfter()
    {
        var (app, baseUri) = await WebFixture.StartAsync(fixture.DataDir, settings => settings.Web.RateLimitPerMinute = 3);
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = baseUri };
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.GetAsync(new Uri("/api/search?q=y%20t%E1%BA%BF", UriKind.Relative));
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 says when to come back");
                }
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
            await app.StopAsync();
        }
    }
}
