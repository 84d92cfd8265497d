using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Tests.Fixtures;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// Several news hosts (h0.nodes.localhost, h1...) on one loopback server, each with a feed of its own articles. Every
/// request is logged with its host, path, the crawler's product token and when the server began and ended it, so a
/// test can tell which node asked what, and whether two requests to one host ever overlapped.
/// </summary>
internal sealed class MultiHostNews : IAsyncDisposable
{
    private readonly LoopbackSite site;
    private readonly int articlesPerHost;
    private readonly TimeSpan latency;

    private MultiHostNews(LoopbackSite site, int hosts, int articlesPerHost, TimeSpan latency)
    {
        this.site = site;
        this.articlesPerHost = articlesPerHost;
        this.latency = latency;
        Hosts = Enumerable.Range(0, hosts).Select(i => string.Create(CultureInfo.InvariantCulture, $"h{i}.nodes.localhost")).ToList();
    }

    public IReadOnlyList<string> Hosts { get; }

    public ConcurrentQueue<Request> Log { get; } = new();

    /// <summary>Called as each article request arrives, before it is answered.</summary>
    public Action<Request>? OnArticle { get; set; }

    public int Articles => Hosts.Count * articlesPerHost;

    public IReadOnlyDictionary<string, IPEndPoint> HostOverrides =>
        Hosts.ToDictionary(h => h, _ => new IPEndPoint(IPAddress.Loopback, site.BaseUri.Port), StringComparer.OrdinalIgnoreCase);

    public static async Task<MultiHostNews> StartAsync(int hosts, int articlesPerHost, TimeSpan latency)
    {
        MultiHostNews? news = null;
        var site = await LoopbackSite.StartAsync(context => news!.ServeAsync(context));
        news = new MultiHostNews(site, hosts, articlesPerHost, latency);
        return news;
    }

    /// <summary>One source per host, its feed the only listing.</summary>
    public IReadOnlyList<CrawlSource> Sources(TimeSpan delay) =>
        Hosts.Select(h => new CrawlSource(h.Split('.')[0], [new Uri($"http://{h}/rss.xml")], [], Delay: delay, AllowPrivateNetwork: true)).ToList();

    public ValueTask DisposeAsync() => site.DisposeAsync();

    private async Task ServeAsync(HttpContext context)
    {
        var start = DateTimeOffset.UtcNow;
        var host = context.Request.Host.Host;
        var path = context.Request.Path.Value ?? "/";
        var agent = context.Request.Headers.UserAgent.ToString().Split('/')[0];
        var request = new Request(host, path, agent, start, start);
        if (path.StartsWith("/bai-", StringComparison.Ordinal))
        {
            OnArticle?.Invoke(request);
        }

        await Task.Delay(latency);
        var response = context.Response;
        if (path == "/rss.xml")
        {
            var items = new StringBuilder();
            for (var i = 1; i <= articlesPerHost; i++)
            {
                items.Append(CultureInfo.InvariantCulture, $"<item><title>x</title><link>http://{host}/bai-{i}.htm</link></item>");
            }

            response.ContentType = "application/rss+xml; charset=utf-8";
            await response.WriteAsync($"<rss version=\"2.0\"><channel><title>{host}</title>{items}</channel></rss>");
        }
        else if (path.StartsWith("/bai-", StringComparison.Ordinal))
        {
            var n = path[5..^4];
            var title = $"Bệnh viện số {n} của cụm {host.Split('.')[0]} nhận chuyên gia nước ngoài";
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync($"""
                <!DOCTYPE html><html lang="vi"><head><title>{title}</title>
                <meta property="article:published_time" content="2025-06-0{(int.Parse(n, CultureInfo.InvariantCulture) % 9) + 1}T08:00:00+07:00"></head>
                <body><article><h1>{title}</h1><div class="content">
                <p>Sáng nay, bệnh viện số {n} của cụm {host} tiếp đón đoàn chuyên gia Nhật Bản sang trao đổi kỹ thuật hồi sức cấp cứu và chăm sóc trẻ sơ sinh.</p>
                <p>Hai bên thống nhất tổ chức thêm các khóa đào tạo ngắn hạn cho điều dưỡng trong năm nay và chia sẻ kinh nghiệm quản lý bệnh viện.</p></div></article></body></html>
                """);
        }
        else
        {
            // No robots.txt: everything is allowed.
            response.StatusCode = 404;
        }

        Log.Enqueue(request with { End = DateTimeOffset.UtcNow });
    }

    /// <summary>One request as the server saw it.</summary>
    internal sealed record Request(string Host, string Path, string Agent, DateTimeOffset Start, DateTimeOffset End);
}
