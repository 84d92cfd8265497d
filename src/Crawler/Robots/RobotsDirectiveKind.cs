namespace Pipeline.Crawler.Robots;

/// <summary>What a robots.txt line says, told by the start of its key.</summary>
internal enum RobotsDirectiveKind
{
    /// <summary>"user-agent", or the typos "useragent" and "user agent".</summary>
    UserAgent,

    /// <summary>"allow".</summary>
    Allow,

    /// <summary>"disallow", or the typos "dissallow", "dissalow", "disalow", "diasllow" and "disallaw".</summary>
    Disallow,

    /// <summary>"sitemap", or the typo "site-map".</summary>
    Sitemap,

    /// <summary>Any other key, such as "crawl-delay": never part of RFC 9309, and it does not end a group.</summary>
    Unknown,
}
