using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Crawler.Tests.Fixtures;

/// <summary>
/// A small news site for <see cref="LoopbackSite"/>: a sitemap naming every page in order, each page answering with its
/// status (200 gives an article), an optional robots.txt and ETag; every request is recorded with the time it arrived.
/// </summary>
/// <param name="pages">The pages and the status each answers with.</param>
internal sealed class ArticleSite(params (string Path, int Status)[] pages)
{
    private readonly ConcurrentQueue<(string Path, DateTimeOffset At)> requests = new();

    /// <summary>The robots.txt body; null answers 404 (everything allowed).</summary>
    public string? Robots { get; init; }

    /// <summary>The ETag every article carries; a request naming it gets 304.</summary>
    public string? ETag { get; init; }

    /// <summary>The clock that stamps each request; the system clock unless a test shares its fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Called with each request's path as it arrives, before the answer.</summary>
    public Action<string>? OnRequest { get; init; }

    /// <summary>Every request, in the order it arrived.</summary>
    public IReadOnlyList<(string Path, DateTimeOffset At)> Requests => [.. requests];

    /// <summary>The paths requested.</summary>
    public IReadOnlyList<string> Requested => [.. requests.Select(r => r.Path)];

    public Task Serve(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        requests.Enqueue((path, Clock.GetUtcNow()));
        OnRequest?.Invoke(path);
        var response = context.Response;
        if (path == "/robots.txt")
        {
            return Robots is null ? Status(response, 404) : response.WriteAsync(Robots);
        }

        if (path == "/sitemap.xml")
        {
            var host = $"http://{context.Request.Host}";
            var urls = string.Concat(pages.Select(p => $"<url><loc>{host}{p.Path}</loc></url>"));
            response.ContentType = "application/xml";
            return response.WriteAsync($"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>""");
        }

        var page = Array.Find(pages, p => p.Path == path);
        if (page.Path is null || page.Status != 200)
        {
            return Status(response, page.Path is null ? 404 : page.Status);
        }

        if (ETag is not null)
        {
            if (context.Request.Headers.IfNoneMatch == ETag)
            {
                return Status(response, 304);
            }

            response.Headers.ETag = ETag;
        }

        var number = Array.IndexOf(pages, page) + 1;
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"""
            <!DOCTYPE html><html lang="vi"><head><title>Bản tin y tế số {number}</title>
            <meta property="article:published_time" content="2025-06-{number:00}T08:00:00+07:00"></head>
            <body><article><h1>Bản tin y tế số {number}</h1><div class="content">
            <p>Sáng {number}-6, bệnh viện tỉnh tiếp đón đoàn chuyên gia nước ngoài đến trao đổi kỹ thuật điều trị bệnh tim bẩm sinh cho trẻ em.</p>
            <p>Hai bên thống nhất tổ chức thêm {number + 1} đợt khám sàng lọc chung tại các huyện miền núi trong năm nay.</p></div></article></body></html>
            """);
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
