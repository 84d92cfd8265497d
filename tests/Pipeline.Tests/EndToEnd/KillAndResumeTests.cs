using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Tests.Fixtures;
using Pipeline.Indexer.Search;
using Pipeline.Storage;
using Pipeline.Tests.Fixtures;

namespace Pipeline.Tests.EndToEnd;

/// <summary>kill -9 of a real <c>pipeline crawl</c> process in the middle of a run, then a restart: nothing lost, nothing twice.</summary>
[Trait("Category", "Slow")]
public sealed class KillAndResumeTests : IDisposable
{
    private const int Articles = 30;

    private readonly TempDirectory data = new();

    [Fact]
    public async Task Crawl_KilledMidRunThenRestarted_EveryArticleStoredOnceAndIndexed()
    {
        await using var site = await LoopbackSite.StartAsync(ServeSlowly);
        var config = data.Combine("pipeline.json");
        await File.WriteAllTextAsync(config, """{ "Crawl": { "DefaultDelay": "00:00:00" } }""");
        string[] args = ["crawl", "--feed", site.Url("/rss.xml").AbsoluteUri, "--allow-private", "--json", "--data-dir", data.Combine("data"), "--config", config];

        using (var first = DaemonProcess.Start(args))
        {
            await WaitUntilAsync(() => StoredCount() >= 5, TimeSpan.FromSeconds(60));
            await first.KillAsync();
        }

        var storedAtKill = StoredCount();
        Assert.InRange(storedAtKill, 5, Articles - 1);

        using (var second = DaemonProcess.Start(args))
        {
            Assert.True(await second.WaitForExitAsync(TimeSpan.FromSeconds(120)), "the second crawl did not finish:\n" + second.Output);
            Assert.True(second.ExitCode == 0, second.Output);
        }

        await using var connection = new SqliteConnection($"Data Source={new DataDirectory(data.Combine("data")).DatabasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        Assert.Equal(Articles, Scalar(connection, "SELECT COUNT(*) FROM articles"));
        Assert.Equal(Articles, Scalar(connection, "SELECT COUNT(DISTINCT url) FROM articles"));
        Assert.Equal(0, Scalar(connection, "SELECT COUNT(*) FROM frontier WHERE state NOT IN ('fetched', 'unchanged')"));
        Assert.Equal(1, Scalar(connection, "SELECT COUNT(*) FROM runs WHERE status = 'succeeded'"));
        using var searcher = ArticleSearcher.Open(new DataDirectory(data.Combine("data")).IndexPath);
        Assert.Equal(Articles, searcher.Count);
    }

    public void Dispose() => data.Dispose();

    private int StoredCount()
    {
        var path = new DataDirectory(data.Combine("data")).DatabasePath;
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Scalar(connection, "SELECT COUNT(*) FROM articles");
        }
        catch (SqliteException)
        {
            // The schema may not exist yet in the first instants of the run.
            return 0;
        }
    }

    private static int Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(stopwatch.Elapsed < timeout, "the crawl did not make progress in time");
            await Task.Delay(50);
        }
    }

    private static async Task ServeSlowly(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == "/rss.xml")
        {
            response.ContentType = "application/rss+xml";
            var items = string.Concat(Enumerable.Range(1, Articles).Select(i => $"<item><link>http://{context.Request.Host}/bai-{i}.htm</link></item>"));
            await response.WriteAsync($"<rss version=\"2.0\"><channel><title>x</title>{items}</channel></rss>");
            return;
        }

        if (!path.StartsWith("/bai-", StringComparison.Ordinal))
        {
            response.StatusCode = 404;
            return;
        }

        await Task.Delay(150, context.RequestAborted);
        response.ContentType = "text/html; charset=utf-8";
        var n = path[5..^4];
        await response.WriteAsync($"""
            <html lang="vi"><head><title>Bài số {n} về hợp tác y tế</title><meta property="article:published_time" content="2025-06-{(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) % 28) + 1:D2}T08:00:00+07:00"></head>
            <body><article><h1>Bài số {n} về hợp tác y tế</h1><div class="content">
            <p>Đây là nội dung bài số {n}: bệnh viện tỉnh và đối tác nước ngoài ký kết chương trình đào tạo bác sĩ trẻ trong hai năm tới.</p>
            <p>Theo kế hoạch, các chuyên gia sẽ sang làm việc và chuyển giao kỹ thuật mới cho đội ngũ y tế địa phương trong đợt {n}.</p>
            </div></article></body></html>
            """, context.RequestAborted);
    }
}
