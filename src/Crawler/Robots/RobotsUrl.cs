using System.Buffers;

namespace Pipeline.Crawler.Robots;

/// <summary>The part of a URL robots.txt rules are matched against, found the way Google's reference parser finds it.</summary>
internal static class RobotsUrl
{
    private static readonly SearchValues<char> PathStarts = SearchValues.Create("/?;");

    /// <summary>
    /// Path, parameters and query of <paramref name="url"/>, without scheme, authority and fragment; always starts
    /// with "/", and is "/" when there is no path or the text is no URL. Nothing is escaped or decoded.
    /// </summary>
    /// <example>"http://a.vn/x;y?z#f" gives "/x;y?z"; "a.vn?q" gives "/?q"; "" gives "/".</example>
    public static string PathParamsQuery(string url)
    {
        // A leading "//" (a network-path reference) is skipped, so the authority after it is not read as a path.
        var searchStart = url.StartsWith("//", StringComparison.Ordinal) ? 2 : 0;
        var earlyPath = url.AsSpan(searchStart).IndexOfAny(PathStarts);
        var protocolEnd = url.IndexOf("://", searchStart, StringComparison.Ordinal);

        // "://" after the first "/", "?" or ";" belongs to the path or query, not to a scheme.
        if (earlyPath >= 0 && (protocolEnd < 0 || earlyPath + searchStart < protocolEnd))
        {
            protocolEnd = -1;
        }

        var authorityStart = protocolEnd < 0 ? searchStart : protocolEnd + 3;
        var relative = url.AsSpan(authorityStart).IndexOfAny(PathStarts);
        if (relative < 0)
        {
            return "/";
        }

        var pathStart = authorityStart + relative;
        var hash = url.IndexOf('#', searchStart);
        if (hash >= 0 && hash < pathStart)
        {
            return "/";
        }

        var path = url[pathStart..(hash < 0 ? url.Length : hash)];
        return path[0] == '/' ? path : "/" + path;
    }
}
