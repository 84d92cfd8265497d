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

    /// <summary>True for a 304 answer to a conditional request: the stored copy is current.</summary>
    public bool NotModified { get; init; }

    /// <summary>The response's ETag, for the next conditional request.</summary>
    public string? ETag { get; init; }

    /// <summary>The response's Last-Modified, for the next conditional request.</summary>
    public string? LastModified { get; init; }

    /// <summary>Whether trying again later may succeed (5xx, 408, 429, timeouts, connection errors).</summary>
    public bool Transient { get; init; }

    /// <summary>The wait the server asked for with Retry-After, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>How many attempts the fetch took.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>How the body's charset was chosen; null when no body was decoded.</summary>
    public CharsetDecision? CharsetDecision { get; init; }

    /// <summary>The body as read (decompressed, possibly cut at the limit), for the raw archive.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The response headers as received, for the raw archive.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>The request headers sent, for the raw archive.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; } = [];

    /// <summary>A failed fetch.</summary>
    /// <param name="url">The address asked for.</param>
    /// <param name="status">The status, if a response arrived.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The result.</returns>
    public static FetchResult Failed(Uri url, HttpStatusCode? status, string error) =>
        new(url, url, status, null, null, null, 0, false, error);

    /// <summary>A failure worth retrying.</summary>
    /// <param name="url">The address asked for.</param>
    /// <param name="status">The status, if a response arrived.</param>
    /// <param name="error">Why it failed.</param>
    /// <returns>The result.</returns>
    public static FetchResult TransientFailure(Uri url, HttpStatusCode? status, string error) =>
        Failed(url, status, error) with { Transient = true };
}
