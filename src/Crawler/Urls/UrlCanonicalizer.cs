using System.Text;

namespace Pipeline.Crawler.Urls;

/// <summary>
/// One spelling per page, so the frontier never holds the same article twice: lowercase scheme
/// and host, no default port, no fragment, no tracking or session parameters.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> DroppedParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid",
        "zarsrc", "gidzl", "sessionid", "session_id", "sid", "jsessionid", "phpsessid", "aspsessionid", "cfid", "cftoken",
    };

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUri"/> and canonicalises it.</summary>
    /// <param name="href">An absolute or relative link as found in a page, feed or sitemap.</param>
    /// <param name="baseUri">The document's address; null when <paramref name="href"/> must be absolute.</param>
    /// <param name="canonical">The canonical http(s) address.</param>
    /// <returns>False for empty, malformed, non-http(s) links.</returns>
    public static bool TryCanonicalize(string? href, Uri? baseUri, out Uri canonical)
    {
        canonical = null!;
        if (string.IsNullOrWhiteSpace(href))
        {
            return false;
        }

        var trimmed = href.Trim();
        Uri? uri;
        if (baseUri is null ? !Uri.TryCreate(trimmed, UriKind.Absolute, out uri) : !Uri.TryCreate(baseUri, trimmed, out uri))
        {
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        canonical = Canonicalize(uri);
        return true;
    }

    /// <summary>Canonicalises an absolute http(s) address.</summary>
    /// <param name="uri">An absolute address.</param>
    /// <returns>The canonical address.</returns>
    public static Uri Canonicalize(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var builder = new UriBuilder(uri)
        {
            Fragment = string.Empty,
            Host = uri.Host.ToLowerInvariant().TrimEnd('.'),
            Path = RemovePathSessionId(uri.AbsolutePath),
            Query = FilterQuery(uri.Query),
        };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    private static string RemovePathSessionId(string path)
    {
        var semicolon = path.IndexOf(';', StringComparison.Ordinal);
        if (semicolon < 0)
        {
            return path;
        }

        var parameter = path[(semicolon + 1)..];
        return parameter.StartsWith("jsessionid=", StringComparison.OrdinalIgnoreCase) ? path[..semicolon] : path;
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new StringBuilder(query.Length);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || DroppedParameters.Contains(name))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? string.Empty : "&").Append(pair);
        }

        return kept.ToString();
    }
}
