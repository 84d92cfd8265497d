using System.Net;

namespace Pipeline.Crawler.Fetching;

/// <summary>What one HTTP fetch produced: a decoded page, or a failure with its reason.</summary>
/// <param name="RequestedUrl">The address asked for.</param>
/// <param name="FinalUrl">The address after redirects.</param>
/// <param name="Status">The HTTP status, or null when no response arrived.</param>
/// <param name="ContentType">The media type without parameters.</param>
/// <param name="Text">The decoded, NFC-normalised body; null on failure.</param>
/// <param name="Charset">The charset the body was decoded with.</param>
/// <param name="Bytes">The body size after decompression, as read.</param>
/// <param name="Truncated">True when the body was cut at the size limit.</param>
/// <param name="Error">Why the fetch failed; null on success.</param>
public sealed record FetchResult(
    Uri RequestedUrl,
    Uri FinalUrl,
    HttpStatusCode? Status,
    string? ContentType,
    string? Text,
    string? Charset,
    long Bytes,
    bool Truncated,
    string? Error)
{
    /// <summary>True when a 2xx response with a body arrived.</summary>
    public bool IsSuccess => Error is null && Text is not null;

    /// <summary>A failed fetch.</summary>
    /// <param name="url">The address asked for.</param>
    /// <param name="status">The status, if a response arrived.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The result.</returns>
    public static FetchResult Failed(Uri url, HttpStatusCode? status, string error) =>
        new(url, url, status, null, null, null, 0, false, error);
}
