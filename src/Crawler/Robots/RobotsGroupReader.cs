using System.Globalization;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// Gathers directives into groups as Google's reference parser does: consecutive user-agent lines share a group,
/// and only an allow or disallow line closes the run, so sitemap, crawl-delay, unknown and empty lines inside a
/// group leave it whole. Rules before the first user-agent line belong to no group and are dropped.
/// </summary>
internal static class RobotsGroupReader
{
    /// <summary>The groups of <paramref name="directives"/>, and the sitemaps listed anywhere.</summary>
    public static (List<RobotsGroup> Groups, List<string> Sitemaps) Read(IEnumerable<RobotsDirective> directives)
    {
        var groups = new List<RobotsGroup>();
        var sitemaps = new List<string>();
        RobotsGroup? current = null;
        foreach (var directive in directives)
        {
            switch (directive.Kind)
            {
                case RobotsDirectiveKind.UserAgent:
                    if (current is null || current.HasRuleLines)
                    {
                        current = new RobotsGroup();
                        groups.Add(current);
                    }

                    current.Agents.Add(RobotsAgent.FromLine(directive.Value));
                    break;
                case RobotsDirectiveKind.Allow or RobotsDirectiveKind.Disallow when current is not null:
                    current.HasRuleLines = true;
                    AddRule(current.Rules, directive.Kind == RobotsDirectiveKind.Allow, directive.Value);
                    break;
                case RobotsDirectiveKind.Sitemap when directive.Value.Length > 0:
                    sitemaps.Add(directive.Value);
                    break;
                case RobotsDirectiveKind.Unknown when current is not null && directive.Key.Equals("crawl-delay", StringComparison.OrdinalIgnoreCase):
                    if (double.TryParse(directive.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86_400)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(seconds);
                    }

                    break;
            }
        }

        return (groups, sitemaps);
    }

    private static void AddRule(List<RobotsRule> rules, bool allow, string pattern)
    {
        // An empty pattern matches everything with priority 0, which never decides: it adds no rule.
        if (pattern.Length == 0)
        {
            return;
        }

        rules.Add(new RobotsRule(allow, pattern));

        // Google reads "Allow: /dir/index.htm(l)" as allowing "/dir/" too. The extra rule is shorter, so it only
        // decides where the written one does not match, as in Google's parser.
        var slash = pattern.LastIndexOf('/');
        if (allow && slash >= 0 && pattern.AsSpan(slash).StartsWith("/index.htm", StringComparison.Ordinal))
        {
            rules.Add(new RobotsRule(true, string.Concat(pattern.AsSpan(0, slash + 1), "$")));
        }
    }
}
