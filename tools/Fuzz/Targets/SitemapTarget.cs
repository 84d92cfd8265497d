using Pipeline.Crawler.Discovery;

namespace Pipeline.Fuzz.Targets;

/// <summary>A sitemap read from a stream as the crawler reads it; "not a sitemap" (<see cref="DiscoveryFormatException"/>) is the one expected refusal.</summary>
internal static class SitemapTarget
{
    public static FuzzTarget Target { get; } = new(
        "sitemap",
        Run,
        FuzzInput.Utf8Seeds(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://tin.example.vn/suc-khoe/bai-1.html</loc><lastmod>2025-05-20T08:00:00+07:00</lastmod></url>
            <url><loc>/suc-khoe/bai-2.html</loc><lastmod>2025-05-21</lastmod></url>
            </urlset>
            """,
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>https://tin.example.vn/sitemap-2025-05.xml</loc><lastmod>2025-05-31</lastmod></sitemap>
            </sitemapindex>
            """,
            """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://tin.example.vn/y-te/hop-tac-han-quoc.html</loc>
            <news:news><news:publication><news:name>Tin Y tế</news:name><news:language>vi</news:language></news:publication>
            <news:publication_date>2025-06-01T06:00:00Z</news:publication_date><news:title>Hợp tác y tế với Hàn Quốc</news:title></news:news></url>
            </urlset>
            """),
        ["<urlset>", "</urlset>", "<url>", "</url>", "<loc>", "</loc>", "<lastmod>", "<sitemapindex>", "<sitemap>", "<news:news>", "<news:publication_date>", "<news:title>", "<![CDATA[", "&amp;", "<!DOCTYPE", "<?xml version=\"1.0\" encoding=\"utf-16\"?>"]);

    private static void Run(byte[] input)
    {
        try
        {
            using var stream = new MemoryStream(input, writable: false);

            // A memory stream completes every read at once: nothing here waits on I/O.
            var document = SitemapParser.ReadAsync(stream, FuzzInput.PageUri).GetAwaiter().GetResult();
            if (document.Links.Count > SitemapParser.MaxEntries || document.Links.Any(l => !l.Url.IsAbsoluteUri))
            {
                throw new FindingException("The sitemap yielded more entries than the protocol allows, or a relative one.");
            }
        }
        catch (DiscoveryFormatException)
        {
            // Not XML, or not a sitemap: the crawler records the listing as failed.
        }
    }
}
