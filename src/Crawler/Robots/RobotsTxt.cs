using System.Globalization;
using System.Text;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// A parsed robots.txt per RFC 9309: the groups that apply to one product token (or "*"), longest match
/// wins and "allow" wins a tie, "*" and "$" in patterns, percent-encoding normalised on both sides.
/// Crawl-delay and Sitemap lines, which RFC 9309 leaves to crawlers, are read too.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>Largest robots.txt parsed; the rest is ignored, as RFC 9309 allows (at least 500 KiB).</summary>
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
    /// <param name="content">The file's text; only the first <see cref="MaxBytes"/> characters are read.</param>
    /// <param name="productToken">The crawler's product token, matched case-insensitively.</param>
    /// <returns>The rules that apply to the crawler.</returns>
    public static RobotsTxt Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(productToken);
        var text = content.Length > MaxBytes ? content[..MaxBytes] : content;
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        RobotsGroup? current = null;
        var lastWasAgent = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = StripComment(rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive user-agent lines share one group; a user-agent after rules starts a new one.
                if (current is null || !lastWasAgent)
                {
                    current = new RobotsGroup();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            switch (key)
            {
                case "allow" or "disallow" when current is not null && value.Length > 0:
                    // An empty Disallow allows everything: it adds no rule.
                    current.Rules.Add(new RobotsRule(key == "allow", NormalizePattern(value)));
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86_400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
                case "sitemap" when value.Length > 0:
                    sitemaps.Add(value);
                    break;
            }
        }

        var token = productToken.ToLowerInvariant();
        var matching = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (matching.Count == 0)
        {
            matching = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        return new RobotsTxt(
            matching.SelectMany(g => g.Rules).ToList(),
            matching.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            sitemaps,
            null);
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/>.</summary>
    /// <param name="url">An absolute address on the host this file came from.</param>
    /// <returns>True when allowed.</returns>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Everything is { } everything)
        {
            return everything;
        }

        var path = NormalizePath(url.PathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in rules)
        {
            if (!Matches(rule.Pattern, path))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <summary>Wildcard match without backtracking blow-up: greedy "*" with a single resume point.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        int pi = 0, si = 0, starP = -1, starS = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                starP = pi++;
                starS = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (pi == p.Length && !anchored)
            {
                return true;
            }
            else if (starP >= 0)
            {
                pi = starP + 1;
                si = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }

        return pi == p.Length;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static string NormalizePattern(string pattern) =>
        NormalizePath(pattern.StartsWith('/') || pattern.StartsWith('*') ? pattern : "/" + pattern);

    /// <summary>Percent-encodes non-ASCII as UTF-8, upper-cases escapes and decodes escaped unreserved characters, so both sides compare alike.</summary>
    internal static string NormalizePath(string path)
    {
        var bytes = Encoding.UTF8.GetBytes(path);
        var builder = new StringBuilder(bytes.Length + 8);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                var decoded = (byte)int.Parse(Encoding.ASCII.GetString(bytes, i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (IsUnreserved(decoded))
                {
                    builder.Append((char)decoded);
                }
                else
                {
                    builder.Append('%').Append(decoded.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += 2;
            }
            else if (b >= 0x80 || b <= 0x20)
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static bool IsUnreserved(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}
