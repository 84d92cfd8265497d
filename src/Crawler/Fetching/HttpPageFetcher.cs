using System.Buffers;
using System.Net.Http.Headers;

namespace Pipeline.Crawler.Fetching;

/// <summary>Fetches pages with an <see cref="HttpClient"/> built by <see cref="CrawlerHttpHandler"/>.</summary>
/// <param name="httpClient">A client whose handler is <see cref="CrawlerHttpHandler.Create"/>'s.</param>
/// <param name="options">Limits and identity.</param>
public sealed class HttpPageFetcher(HttpClient httpClient, FetcherOptions options) : IPageFetcher
{
    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "text/plain",
    };

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(Uri url, bool allowPrivateNetwork, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
        request.Headers.AcceptLanguage.ParseAdd("vi,en;q=0.5");
        request.Options.Set(CrawlerHttpHandler.AllowPrivateNetwork, allowPrivateNetwork);
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            if (!response.IsSuccessStatusCode)
            {
                return FetchResult.Failed(url, response.StatusCode, $"HTTP {(int)response.StatusCode}") with { FinalUrl = finalUrl };
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !TextTypes.Contains(mediaType))
            {
                return FetchResult.Failed(url, response.StatusCode, $"content type {mediaType} is not a page") with { FinalUrl = finalUrl };
            }

            var (body, truncated) = await ReadLimitedAsync(response.Content, timeout.Token);
            var (text, charset) = CharsetDecoder.Decode(body, response.Content.Headers.ContentType?.CharSet);
            return new FetchResult(url, finalUrl, response.StatusCode, mediaType, text, charset, body.Length, truncated, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(url, null, $"timed out after {options.RequestTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(url, ex.StatusCode, $"network error: {ex.HttpRequestError}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(url, null, $"connection error: {ex.Message}");
        }
    }

    private async Task<(byte[] Body, bool Truncated)> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var limit = options.MaxBodyBytes;
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            while (buffer.Length < limit)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - buffer.Length)), cancellationToken);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                buffer.Write(chunk, 0, read);
            }

            // At the limit: one more byte tells a body of exactly the limit from a longer one, without inflating the rest.
            var extra = await stream.ReadAsync(chunk.AsMemory(0, 1), cancellationToken);
            return (buffer.ToArray(), extra > 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The charset parameter of a content type, for callers that hold raw headers.</summary>
    /// <param name="contentType">A Content-Type header value.</param>
    /// <returns>The charset, if any.</returns>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet : null;
}
