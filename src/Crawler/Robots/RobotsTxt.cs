using System.Text;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// A parsed robots.txt per RFC 9309, read as Google's reference parser (google/robotstxt) reads it: the groups
/// that name the crawler's product token (else those for "*"), the longest matching pattern wins and "allow"
/// wins a tie, "*" and "$" in patterns, non-ASCII percent-encoded. Crawl-delay and Sitemap lines, which
/// RFC 9309 leaves to crawlers, are read too.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>
    /// Largest robots.txt parsed, in bytes of UTF-8 (500 KiB, Google's limit; RFC 9309 asks for at least 500 KiB).
    /// The rest is ignored, and so is a line the limit cuts.
    /// </summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<RobotsRule> rules;

    private RobotsTxt(List<RobotsRule> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps, bool? everything)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
        Everything = everything;
    }

    /// <summary>Everything allowed (no robots.txt, or a 4xx answer).</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, [], true);

    /// <summary>Everything disallowed for now (5xx, 429 or a network error fetching robots.txt).</summary>
    public static RobotsTxt DisallowAll { get; } = new([], null, [], false);

    /// <summary>The Crawl-delay of the applicable group, if any.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap addresses listed anywhere in the file.</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    private bool? Everything { get; }

    /// <summary>Parses <paramref name="content"/> for <paramref name="productToken"/> (e.g. "PipelineBot").</summary>
    /// <param name="content">The file's text; it is read as UTF-8, up to <see cref="MaxBytes"/> bytes.</param>
    /// <param name="productToken">The crawler's product token, matched case-insensitively.</param>
    /// <returns>The rules that apply to the crawler.</returns>
    public static RobotsTxt Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);

        // A character takes at least one byte, so the first MaxBytes characters hold every byte that is read.
        var head = content.AsSpan(0, Math.Min(content.Length, MaxBytes));
        var bytes = new byte[Encoding.UTF8.GetByteCount(head)];
        Encoding.UTF8.GetBytes(head, bytes);
        return Parse(bytes, productToken);
    }

    /// <summary>Parses the bytes of a robots.txt file for <paramref name="productToken"/> (e.g. "PipelineBot").</summary>
    /// <param name="content">The file as served, normally UTF-8; up to <see cref="MaxBytes"/> bytes are read.</param>
    /// <param name="productToken">The crawler's product token, matched case-insensitively.</param>
    /// <returns>The rules that apply to the crawler.</returns>
    public static RobotsTxt Parse(ReadOnlySpan<byte> content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(productToken);
        var (groups, sitemaps) = RobotsGroupReader.Read(RobotsLineReader.Read(WithinLimit(content)));

        // Groups that name the crawler replace the global ones, even when they hold no rules.
        var named = groups.Where(g => g.Agents.Exists(a => RobotsAgent.Names(a, productToken))).ToList();
        var applicable = named.Count > 0 ? named : groups.Where(g => g.Agents.Contains(RobotsAgent.Global)).ToList();
        return new RobotsTxt(
            applicable.SelectMany(g => g.Rules).ToList(),
            applicable.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            sitemaps,
            null);
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/>, as it goes on the wire.</summary>
    /// <param name="url">An absolute address on the host this file came from.</param>
    /// <returns>True when allowed.</returns>
    /// <remarks>
    /// The request target is percent-encoded the way the request sends it (<see cref="Uri"/> escapes non-ASCII
    /// and decodes escaped unreserved characters) and its escapes get upper-case hex digits.
    /// </remarks>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Everything ?? IsAllowedPath(RobotsPattern.Escape(url.PathAndQuery));
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/>, taken exactly as written.</summary>
    /// <param name="url">A URL, already percent-encoded by the caller (as Google's reference parser expects); a path alone will do.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowed(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Everything ?? IsAllowedPath(RobotsUrl.PathParamsQuery(url));
    }

    private static ReadOnlySpan<byte> WithinLimit(ReadOnlySpan<byte> content)
    {
        if (content.Length <= MaxBytes || content[MaxBytes] is (byte)'\n' or (byte)'\r')
        {
            return content.Length <= MaxBytes ? content : content[..MaxBytes];
        }

        // A rule cut short could allow more than was written: the cut line is dropped.
        var head = content[..MaxBytes];
        return head[..(head.LastIndexOfAny((byte)'\n', (byte)'\r') + 1)];
    }

    private bool IsAllowedPath(string path)
    {
        // RFC 9309 §2.2.2: the robots.txt URI itself is implicitly allowed.
        if (path == "/robots.txt")
        {
            return true;
        }

        int allow = 0, disallow = 0;
        foreach (var rule in rules)
        {
            ref var best = ref rule.Allow ? ref allow : ref disallow;
            if (rule.Priority > best && rule.Matches(path))
            {
                best = rule.Priority;
            }
        }

        return disallow <= allow;
    }
}
