namespace Pipeline.Crawler.Robots;

/// <summary>One allow or disallow line, its path pattern normalised for matching.</summary>
/// <param name="Allow">True for "Allow".</param>
/// <param name="Pattern">The normalised pattern; "*" matches any sequence, a final "$" anchors the end.</param>
internal sealed record RobotsRule(bool Allow, string Pattern);
