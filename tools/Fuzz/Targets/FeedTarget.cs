using Pipeline.Crawler.Discovery;

namespace Pipeline.Fuzz.Targets;

/// <summary>An RSS, RDF or Atom feed; "not a feed" (<see cref="DiscoveryFormatException"/>) is the one expected refusal.</summary>
internal static class FeedTarget
{
    public static FuzzTarget Target { get; } = new(
        "feed",
        Run,
        FuzzInput.Utf8Seeds(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Sức khỏe</title>
            <item><title>Bộ Y tế hợp tác với JICA</title><link>https://tin.example.vn/suc-khoe/bo-y-te-hop-tac-jica.html</link><pubDate>Tue, 20 May 2025 08:30:00 +0700</pubDate></item>
            <item><title>Tập huấn điều dưỡng</title><guid>/suc-khoe/tap-huan-dieu-duong.html</guid><pubDate>Wed, 21 May 2025 09:00:00 GMT</pubDate></item>
            </channel></rss>
            """,
            """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Y tế</title>
            <entry><title>Hội thảo y tế Việt – Pháp</title><link rel="alternate" href="/y-te/hoi-thao-viet-phap.html"/><published>2025-03-14T10:00:00+07:00</published></entry>
            <entry><title>Trạm y tế xã</title><link href="https://tin.example.vn/y-te/tram-y-te-xa.html"/><updated>2025-03-15</updated></entry>
            </feed>
            """,
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <item><title>Vaccine cho trẻ em</title><link>https://tin.example.vn/vaccine.html</link><dc:date>2025-01-02T07:00:00Z</dc:date></item>
            </rdf:RDF>
            """),
        ["<rss>", "</rss>", "<channel>", "<item>", "</item>", "<link>", "</link>", "<guid isPermaLink=\"false\">", "<pubDate>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<link href=\"", "rel=\"alternate\"", "<published>", "<![CDATA[", "]]>", "&amp;", "<!DOCTYPE", "+0700", "GMT"]);

    private static void Run(byte[] input)
    {
        try
        {
            foreach (var link in FeedParser.Parse(FuzzInput.Text(input), FuzzInput.PageUri))
            {
                if (!link.Url.IsAbsoluteUri)
                {
                    throw new FindingException($"A feed link is relative: {link.Url}.");
                }
            }
        }
        catch (DiscoveryFormatException)
        {
            // Not XML, or not a feed: the crawler records the listing as failed.
        }
    }
}
