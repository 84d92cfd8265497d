namespace Pipeline.Crawler.Robots;

/// <summary>One allow or disallow line.</summary>
/// <param name="Allow">True for "Allow".</param>
/// <param name="Pattern">The escaped pattern (ASCII only); "*" matches any sequence, a final "$" anchors the end.</param>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>How specific a match is: the pattern's length in octets, as RFC 9309 counts it.</summary>
    public int Priority => Pattern.Length;

    /// <summary>Whether the rule matches <paramref name="path"/> (path, parameters and query, starting with "/").</summary>
    public bool Matches(string path) => RobotsPattern.Matches(Pattern, path);
}
