using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Crawler.Crawling;

/// <summary>
/// One incremental crawl run: discover article links from feeds and sitemaps, add the new ones to the
/// frontier, then fetch, extract and store what is due. Every outcome is written before the next page,
/// so a run killed at any point resumes from the frontier.
/// </summary>
public sealed class CrawlRunner(
    IPageFetcher fetcher,
    IFrontierStore frontier,
    IArticleSink sink,
    ArticleExtractor extractor,
    CrawlOptions options,
    TimeProvider timeProvider,
    ILogger<CrawlRunner> logger)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Crawls the sources one after another.</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="progress">Receives a tick per page; may be null.</param>
    /// <param name="cancellationToken">Stops the run after the current page; what is done stays done.</param>
    /// <returns>A report per source.</returns>
    public async Task<IReadOnlyList<SourceReport>> RunAsync(
        IReadOnlyList<CrawlSource> sources,
        IProgress<CrawlProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var politeness = new HostPoliteness(timeProvider);
        var reports = new List<SourceReport>(sources.Count);
        foreach (var source in sources)
        {
            reports.Add(await CrawlSourceAsync(source, politeness, progress, cancellationToken));
        }

        return reports;
    }

    private async Task<SourceReport> CrawlSourceAsync(CrawlSource source, HostPoliteness politeness, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var report = new SourceReportBuilder(source.Name);
        var delay = source.Delay ?? options.DefaultDelay;
        var links = await DiscoverAsync(source, politeness, delay, cancellationToken);
        report.Discovered = links.Count;
        report.NewlyDiscovered = await frontier.AddDiscoveredAsync(source.Name, links, timeProvider.GetUtcNow(), cancellationToken);
        CrawlerLog.Discovered(logger, source.Name, links.Count, report.NewlyDiscovered);

        var due = await frontier.GetDueAsync(source.Name, timeProvider.GetUtcNow(), options.MaxAttempts, options.MaxPagesPerSource, cancellationToken);
        progress?.Report(new CrawlProgress(source.Name, 0, due.Count, null));
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await politeness.WaitTurnAsync(due[i].Url, delay, cancellationToken);
            await CrawlPageAsync(source, due[i], report, cancellationToken);
            progress?.Report(new CrawlProgress(source.Name, i + 1, due.Count, due[i].Url));
        }

        return report.Build(timeProvider.GetElapsedTime(started));
    }

    private async Task CrawlPageAsync(CrawlSource source, FrontierEntry entry, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        var fetch = await fetcher.FetchAsync(entry.Url, source.AllowPrivateNetwork, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (!fetch.IsSuccess)
        {
            var reason = fetch.Error ?? "no body";
            report.AddFailure(reason);
            CrawlerLog.PageFailed(logger, source.Name, entry.Url, reason);
            var retryAt = now + (options.RetryBackoff * Math.Pow(2, entry.Attempts));
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Failed, now, reason, NextFetchAt: retryAt), cancellationToken);
            return;
        }

        report.Fetched++;
        ExtractedArticle article;
        try
        {
            article = extractor.Extract(fetch.Text!, fetch.FinalUrl);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One bad page must not end the run: record it and go on.
            CrawlerLog.ExtractionCrashed(logger, ex, source.Name, entry.Url);
            report.AddFailure("extraction error");
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Failed, now, $"extraction error: {ex.GetType().Name}: {ex.Message}"), cancellationToken);
            return;
        }

        if (!article.IsArticle)
        {
            var reason = $"not an article: {article.Reason}";
            report.AddSkip(reason);
            CrawlerLog.PageSkipped(logger, source.Name, entry.Url, reason);
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Skipped, now, reason), cancellationToken);
            return;
        }

        var hash = ContentHash(article);
        var outcome = await sink.StoreAsync(new CrawledArticle(source.Name, article, fetch, now, hash), cancellationToken);
        report.Add(outcome);
        CrawlerLog.PageStored(logger, source.Name, entry.Url, outcome);
        var state = outcome == StoreOutcome.Unchanged ? FrontierState.Unchanged : FrontierState.Fetched;
        await frontier.RecordAsync(new FrontierUpdate(entry.Url, state, now, ContentHash: hash), cancellationToken);
    }

    private async Task<List<DiscoveredLink>> DiscoverAsync(CrawlSource source, HostPoliteness politeness, TimeSpan delay, CancellationToken cancellationToken)
    {
        var pattern = source.ArticlePattern is null ? null : new Regex(source.ArticlePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout);
        var found = new Dictionary<Uri, DiscoveredLink>();
        foreach (var feed in source.Feeds)
        {
            var text = await FetchListingAsync(source, feed, politeness, delay, cancellationToken);
            if (text is not null && TryParse(source, feed, () => FeedParser.Parse(text, feed)) is { } links)
            {
                Add(found, links, pattern);
            }
        }

        var pending = new Queue<Uri>(source.Sitemaps);
        var seen = new HashSet<Uri>();
        while (pending.Count > 0 && seen.Count < options.MaxSitemapsPerSource)
        {
            var sitemap = pending.Dequeue();
            if (!seen.Add(sitemap))
            {
                continue;
            }

            var text = await FetchListingAsync(source, sitemap, politeness, delay, cancellationToken);
            if (text is null || TryParse(source, sitemap, () => SitemapParser.Parse(text, sitemap)) is not { } document)
            {
                continue;
            }

            if (document.IsIndex)
            {
                foreach (var child in document.Links)
                {
                    pending.Enqueue(child.Url);
                }
            }
            else
            {
                Add(found, document.Links, pattern);
            }
        }

        return found.Values.ToList();
    }

    private async Task<string?> FetchListingAsync(CrawlSource source, Uri url, HostPoliteness politeness, TimeSpan delay, CancellationToken cancellationToken)
    {
        await politeness.WaitTurnAsync(url, delay, cancellationToken);
        var result = await fetcher.FetchAsync(url, source.AllowPrivateNetwork, cancellationToken);
        if (!result.IsSuccess)
        {
            CrawlerLog.ListingFailed(logger, source.Name, url, result.Error ?? "no body");
            return null;
        }

        return result.Text;
    }

    private T? TryParse<T>(CrawlSource source, Uri url, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (DiscoveryFormatException ex)
        {
            CrawlerLog.ListingFailed(logger, source.Name, url, ex.Message);
            return null;
        }
    }

    private static void Add(Dictionary<Uri, DiscoveredLink> found, IEnumerable<DiscoveredLink> links, Regex? pattern)
    {
        foreach (var link in links)
        {
            if (pattern is null || MatchesSafely(pattern, link.Url.AbsoluteUri))
            {
                found.TryAdd(link.Url, link);
            }
        }
    }

    private static bool MatchesSafely(Regex pattern, string url)
    {
        try
        {
            return pattern.IsMatch(url);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The hash that tells changed content from unchanged: title and text, nothing volatile.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Lowercase hex SHA-256.</returns>
    public static string ContentHash(ExtractedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var bytes = Encoding.UTF8.GetBytes(string.Concat(article.Title, "\n", article.Text));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
