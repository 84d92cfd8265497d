namespace Pipeline.Crawler.Robots;

/// <summary>A group of robots.txt lines: the user agents it names, then its rules and crawl delay.</summary>
internal sealed class RobotsGroup
{
    /// <summary>Product tokens as <see cref="RobotsAgent.FromLine"/> reads them; "*" for the global group.</summary>
    public List<string> Agents { get; } = [];

    public List<RobotsRule> Rules { get; } = [];

    /// <summary>True once an allow or disallow line (even an empty one) has been read: the next user-agent line starts a new group.</summary>
    public bool HasRuleLines { get; set; }

    public TimeSpan? CrawlDelay { get; set; }
}
