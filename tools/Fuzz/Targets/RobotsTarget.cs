using Pipeline.Crawler.Robots;

namespace Pipeline.Fuzz.Targets;

/// <summary>robots.txt as served: parsed for our product token, then asked about paths, among them the file's own last line.</summary>
internal static class RobotsTarget
{
    private static readonly string[] Paths = ["/", "/admin/", "/tin-tức/2025/bai-viet.html", "/tim-kiem?q=y+t%E1%BA%BF", "/a.pdf", "/%7Euser/"];

    public static FuzzTarget Target { get; } = new(
        "robots",
        Run,
        FuzzInput.Utf8Seeds(
            "User-agent: *\nDisallow: /admin/\nAllow: /admin/public\nCrawl-delay: 2\nSitemap: https://tin.example.vn/sitemap.xml\n",
            "User-agent: PipelineBot\nDisallow: /tim-kiem?*\nDisallow: /*.pdf$\nAllow: /\n\nUser-agent: *\nDisallow: /\n",
            "User-agent: *\rDisallow: /rieng-tu\rAllow: /rieng-tu/cong-khai\r",
            "User-agent: *\r\nDisallow: /tin-tức/\r\nDisallow: /%E1%BA%A1\r\n# ghi chú cuối tệp\r\n",
            "user-agent: pipelinebot\nuser-agent: other\n\nuser-agent: *\ndisallow: /\ncrawl-delay: 0.5\n"),
        ["User-agent:", "Disallow:", "Allow:", "Crawl-delay:", "Sitemap:", "PipelineBot", "*", "$", "%2F", "%E1%BA%BF", "\r\n", "\r", "#"]);

    private static void Run(byte[] input)
    {
        var robots = RobotsTxt.Parse(input, "PipelineBot");
        var text = FuzzInput.Text(input);
        var lastLine = text[(text.AsSpan().TrimEnd().LastIndexOfAny('\n', '\r') + 1)..].Trim();
        foreach (var path in Paths.Append(lastLine))
        {
            robots.IsAllowed(path);
            if (Uri.TryCreate(FuzzInput.PageUri, path, out var url))
            {
                robots.IsAllowed(url);
            }
        }
    }
}
