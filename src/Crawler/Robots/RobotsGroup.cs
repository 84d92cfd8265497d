namespace Pipeline.Crawler.Robots;

/// <summary>A group of robots.txt lines: the user agents it names, then its rules and crawl delay.</summary>
internal sealed class RobotsGroup
{
    public List<string> Agents { get; } = [];

    public List<RobotsRule> Rules { get; } = [];

    public TimeSpan? CrawlDelay { get; set; }
}
