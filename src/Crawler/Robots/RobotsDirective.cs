namespace Pipeline.Crawler.Robots;

/// <summary>One "key: value" line of a robots.txt file.</summary>
/// <param name="Line">The line's number, from 1; CR, LF and CRLF each end a line.</param>
/// <param name="Kind">What the key names.</param>
/// <param name="Key">The key as written.</param>
/// <param name="Value">The value; for allow and disallow lines, the pattern escaped by <see cref="RobotsPattern.Escape(ReadOnlySpan{byte})"/>.</param>
internal sealed record RobotsDirective(int Line, RobotsDirectiveKind Kind, string Key, string Value);
