using System.Net;
using System.Text.Json;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.Web;

/// <summary>The crawl action, enabled: a POST with the configured token runs the scheduled sources and records the run.</summary>
public sealed class ActionTests : IDisposable
{
    private const string Token = "a-long-enough-secret-for-the-tests-0123";

    private readonly TempDirectory data = new();

    [Fact]
    public async Task Crawl_EnabledWithToken_RunsTheScheduledSourcesOnceAndRecordsTheRun()
    {
        var news = new ArchiveNews(goldArticles: 3);
        await using var site = await LoopbackSite.StartAsync(news.Serve);
        var sources = data.Combine("sources.json");
        await File.WriteAllTextAsync(sources, $$"""{ "sources": [ { "name": "luu-tru", "feeds": ["{{site.Url("/rss.xml")}}"], "delay": "00:00:00", "allowPrivate": true } ] }""");
        _ = await PipelineDatabase.OpenAsync(new DataDirectory(data.Path).DatabasePath, create: true, TimeProvider.System);
        var (app, baseUri) = await WebFixture.StartAsync(data.Path, settings =>
        {
            settings.Web.EnableActions = true;
            settings.Web.ActionToken = Token;
            settings.Schedule.SourcesFile = sources;
        });
        await using (app)
        {
            using var client = new HttpClient { BaseAddress = baseUri };

            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Token + "x")).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync(new Uri("/actions/crawl", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(client, Token)).StatusCode);

            var run = await WaitForRunAsync(client);
            Assert.Equal("succeeded", run.GetProperty("status").GetString());
            Assert.Equal("web", run.GetProperty("firedBy").GetString());
            Assert.Equal(news.Count, run.GetProperty("new").GetInt32());
            using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/status", UriKind.Relative)));
            Assert.Equal(news.Count, status.RootElement.GetProperty("index").GetProperty("documents").GetInt32());
            await app.StopAsync();
        }
    }

    public void Dispose() => data.Dispose();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/actions/crawl", UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Add("X-Pipeline-Token", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> WaitForRunAsync(HttpClient client)
    {
        // The crawl runs in the background; the run history says when it is done (bounded: a broken action fails the test).
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var runs = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/runs", UriKind.Relative)));
            if (runs.RootElement.GetArrayLength() > 0 && runs.RootElement[0].GetProperty("status").GetString() != "running")
            {
                return runs.RootElement[0].Clone();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The crawl started from the web app did not finish within 30 s.");
    }
}
