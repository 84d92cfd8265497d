using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage;

/// <summary>Stable article ids, the same in every database: an article keeps its id when the archive moves.</summary>
internal static class ArticleIds
{
    /// <summary>The id of the article at <paramref name="canonicalUrl"/>: 16 hex digits of its SHA-256.</summary>
    /// <param name="canonicalUrl">The canonical address.</param>
    /// <returns>The id.</returns>
    public static string For(Uri canonicalUrl)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalUrl.AbsoluteUri)))[..16];
    }
}
