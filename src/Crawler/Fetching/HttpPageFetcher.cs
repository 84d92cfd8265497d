using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Pipeline.Crawler.Fetching;

/// <summary>
/// Fetches pages through a client from <see cref="IHttpClientFactory"/> and a Polly v8 pipeline per host:
/// a total timeout, retries with exponential backoff and jitter on transient failures (honouring
/// Retry-After), a circuit breaker, and a per-attempt timeout that covers reading the body, so a stalled
/// body is a timeout like a stalled connection.
/// </summary>
public sealed class HttpPageFetcher : IPageFetcher
{
    /// <summary>The named client the crawler uses.</summary>
    public const string ClientName = "Pipeline.Crawler";

    // A sitemap may come compressed without a Content-Encoding (sitemap.xml.gz).
    private static readonly HashSet<string> StreamTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/xml", "text/xml", "text/plain", "application/gzip", "application/x-gzip", "application/octet-stream",
    };

    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml", "application/xml", "text/xml", "application/rss+xml", "application/atom+xml", "text/plain",
    };

    private readonly IHttpClientFactory clients;
    private readonly FetcherOptions options;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<HttpPageFetcher> logger;
    private readonly ConcurrentDictionary<string, ResiliencePipeline<FetchResult>> pipelines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the fetcher.</summary>
    /// <param name="clients">Client factory with <see cref="ClientName"/> registered (see <see cref="CrawlerHttpServiceCollectionExtensions"/>).</param>
    /// <param name="options">Limits, identity and resilience settings.</param>
    /// <param name="timeProvider">The clock for backoff, timeouts and the breaker.</param>
    public HttpPageFetcher(IHttpClientFactory clients, FetcherOptions options, TimeProvider timeProvider)
        : this(clients, options, timeProvider, NullLogger<HttpPageFetcher>.Instance)
    {
    }

    /// <summary>Creates the fetcher with a logger for its charset decisions.</summary>
    /// <param name="clients">Client factory with <see cref="ClientName"/> registered (see <see cref="CrawlerHttpServiceCollectionExtensions"/>).</param>
    /// <param name="options">Limits, identity and resilience settings.</param>
    /// <param name="timeProvider">The clock for backoff, timeouts and the breaker.</param>
    /// <param name="logger">Receives how each body was decoded.</param>
    public HttpPageFetcher(IHttpClientFactory clients, FetcherOptions options, TimeProvider timeProvider, ILogger<HttpPageFetcher> logger)
    {
        this.clients = clients;
        this.options = options;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task<FetchResult> FetchAsync(Uri url, bool allowPrivateNetwork, ConditionalRequest? conditional = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var attempts = 0;
        try
        {
            var result = await PipelineFor(url.Host).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(url, allowPrivateNetwork, conditional, token);
                },
                cancellationToken);
            return result with { Attempts = attempts };
        }
        catch (TimeoutRejectedException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.TransientFailure(url, null, $"timed out after {attempts} attempt(s)") with { Attempts = attempts };
        }
        catch (BrokenCircuitException)
        {
            return FetchResult.TransientFailure(url, null, $"circuit open: {url.Host} failed too often, paused") with { Attempts = attempts };
        }
    }

    /// <inheritdoc />
    public async Task<FetchResult> FetchStreamAsync(Uri url, bool allowPrivateNetwork, long maxBytes, Func<Stream, CancellationToken, Task> read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(read);
        var reading = new BodyReading(maxBytes, read);
        var attempts = 0;
        try
        {
            var result = await PipelineFor(url.Host).ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(url, allowPrivateNetwork, null, token, reading);
                },
                cancellationToken);
            return result with { Attempts = attempts };
        }
        catch (TimeoutRejectedException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.TransientFailure(url, null, $"timed out after {attempts} attempt(s)") with { Attempts = attempts };
        }
        catch (BrokenCircuitException)
        {
            return FetchResult.TransientFailure(url, null, $"circuit open: {url.Host} failed too often, paused") with { Attempts = attempts };
        }
    }

    /// <summary>The charset parameter of a content type, for callers that hold raw headers.</summary>
    /// <param name="contentType">A Content-Type header value.</param>
    /// <returns>The charset, if any.</returns>
    public static string? CharsetOf(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet : null;

    private ResiliencePipeline<FetchResult> PipelineFor(string host) => pipelines.GetOrAdd(host, _ =>
    {
        var transient = new PredicateBuilder<FetchResult>()
            .HandleResult(r => r.Transient && (r.RetryAfter is null || r.RetryAfter <= options.MaxRetryAfter))
            .Handle<TimeoutRejectedException>();
        var builder = new ResiliencePipelineBuilder<FetchResult> { TimeProvider = timeProvider }
            .AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<FetchResult>
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                // The server's own Retry-After wins over our backoff.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<FetchResult>
            {
                ShouldHandle = new PredicateBuilder<FetchResult>().HandleResult(r => r.Transient).Handle<TimeoutRejectedException>(),
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromMinutes(2),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    });

    private async ValueTask<FetchResult> AttemptAsync(Uri url, bool allowPrivateNetwork, ConditionalRequest? conditional, CancellationToken cancellationToken, BodyReading? reading = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5");
        request.Headers.AcceptLanguage.ParseAdd("vi,en;q=0.5");
        request.Options.Set(CrawlerHttpHandler.AllowPrivateNetwork, allowPrivateNetwork);
        if (conditional?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (conditional?.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
        {
            request.Headers.IfModifiedSince = since;
        }

        try
        {
            var client = clients.CreateClient(ClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var finalUrl = response.RequestMessage?.RequestUri ?? url;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(url, finalUrl, response.StatusCode, null, null, null, 0, false, null) { NotModified = true, ETag = conditional?.ETag, LastModified = conditional?.LastModified };
            }

            if (!response.IsSuccessStatusCode)
            {
                var failure = FetchResult.Failed(url, response.StatusCode, $"HTTP {(int)response.StatusCode}") with { FinalUrl = finalUrl, Headers = HeadersOf(response), RequestHeaders = HeadersOf(request) };
                return IsTransient(response.StatusCode) ? failure with { Transient = true, RetryAfter = RetryAfter(response) } : failure;
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (reading is not null && (mediaType is null || StreamTypes.Contains(mediaType) || TextTypes.Contains(mediaType)))
            {
                return await StreamBodyAsync(url, finalUrl, response, mediaType, reading, cancellationToken);
            }

            if (mediaType is not null && !TextTypes.Contains(mediaType))
            {
                return FetchResult.Failed(url, response.StatusCode, $"content type {mediaType} is not a page") with { FinalUrl = finalUrl };
            }

            var (body, truncated) = await ReadLimitedAsync(response.Content, cancellationToken);
            var decoded = CharsetDecoder.Decode(body, response.Content.Headers.ContentType?.CharSet, truncated);
            LogDecision(finalUrl, decoded.Decision);
            return new FetchResult(url, finalUrl, response.StatusCode, mediaType, decoded.Text, decoded.Decision.Used, body.Length, truncated, null)
            {
                CharsetDecision = decoded.Decision,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
                Body = body,
                Headers = HeadersOf(response),
                RequestHeaders = HeadersOf(request),
            };
        }
        catch (HttpRequestException ex) when (ex.InnerException is BlockedAddressException blocked)
        {
            return FetchResult.Failed(url, null, blocked.Message);
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.TransientFailure(url, ex.StatusCode, $"network error: {ex.HttpRequestError}: {ex.Message}");
        }
        catch (IOException ex)
        {
            return FetchResult.TransientFailure(url, null, $"connection error: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            // A corrupt compressed body: the server sent garbage, retrying may help.
            return FetchResult.TransientFailure(url, null, $"bad body: {ex.Message}");
        }
    }

    private void LogDecision(Uri url, CharsetDecision decision)
    {
        // A page whose declaration lost to its bytes, or whose text now holds U+FFFD, is worth a look; the rest is routine.
        var level = decision.ReplacedCharacters > 0 || decision.Reason is CharsetReason.DeclaredUtf8MostlyInvalid or CharsetReason.DeclaredLegacyLooksLikeUtf8
            ? LogLevel.Warning
            : LogLevel.Debug;
        FetcherLog.CharsetDecided(logger, level, url, decision.Used, decision.Declared, decision.Reason, decision.ReplacedCharacters);
    }

    private static List<KeyValuePair<string, string>> HeadersOf(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();

    private static List<KeyValuePair<string, string>> HeadersOf(HttpRequestMessage request) =>
        request.Headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? (date - timeProvider.GetUtcNow()) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero : null;
    }

    private async Task<(byte[] Body, bool Truncated)> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        return await BodyLimit.ReadAsync(stream, options.MaxBodyBytes, cancellationToken);
    }

    private static async Task<FetchResult> StreamBodyAsync(Uri url, Uri finalUrl, HttpResponseMessage response, string? mediaType, BodyReading reading, CancellationToken cancellationToken)
    {
        await using var body = await BodyLimit.OpenAsync(await response.Content.ReadAsStreamAsync(cancellationToken), reading.MaxBytes, cancellationToken);
        await reading.Read(body, cancellationToken);
        return new FetchResult(url, finalUrl, response.StatusCode, mediaType, string.Empty, null, body.BytesRead, body.Truncated, null)
        {
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            Headers = HeadersOf(response),
        };
    }

    private sealed record BodyReading(long MaxBytes, Func<Stream, CancellationToken, Task> Read);
}
