namespace Pipeline.Crawler.Crawling;

/// <summary>Rejects addresses that look like crawler traps: very long, very deep, or repeating path segments.</summary>
/// <param name="options">The limits.</param>
internal sealed class TrapGuard(CrawlOptions options)
{
    /// <summary>Why <paramref name="url"/> is refused, or null when it is fine.</summary>
    public string? Check(Uri url)
    {
        if (url.AbsoluteUri.Length > options.MaxUrlLength)
        {
            return $"trap guard: address longer than {options.MaxUrlLength} characters";
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length > options.MaxPathDepth)
        {
            return $"trap guard: path deeper than {options.MaxPathDepth} segments";
        }

        var repeated = segments.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Max(g => (int?)g.Count()) ?? 0;
        return repeated >= options.MaxRepeatedSegments ? "trap guard: repeated path segments" : null;
    }
}
