using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;
using Pipeline.Crawler.Robots;
using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Crawling;

/// <summary>
/// One incremental crawl run: discover article links from feeds and sitemaps (and the sitemaps robots.txt
/// names), add the new ones to the frontier, then fetch, extract and store what is due. Sources run in
/// parallel; each host gets one request at a time with the source's delay or its robots.txt Crawl-delay,
/// whichever is longer. Every outcome is written before the next page, so a run killed at any point
/// resumes from the frontier.
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
        var run = new RunState(new HostPoliteness(timeProvider), new RobotsCache(fetcher, options.ProductToken));
        var reports = new SourceReport[sources.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelHosts, CancellationToken = cancellationToken },
            async (index, token) => reports[index] = await CrawlSourceAsync(sources[index], run, progress, token));
        return reports;
    }

    private async Task<SourceReport> CrawlSourceAsync(CrawlSource source, RunState run, IProgress<CrawlProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var report = new SourceReportBuilder(source.Name);
        var links = await DiscoverAsync(source, run, cancellationToken);
        report.Discovered = links.Count;
        report.NewlyDiscovered = await frontier.AddDiscoveredAsync(source.Name, links, timeProvider.GetUtcNow(), cancellationToken);
        CrawlerLog.Discovered(logger, source.Name, links.Count, report.NewlyDiscovered);

        var due = await frontier.GetDueAsync(source.Name, timeProvider.GetUtcNow(), options.MaxAttempts, options.MaxPagesPerSource, cancellationToken);
        progress?.Report(new CrawlProgress(source.Name, 0, due.Count, null));
        for (var i = 0; i < due.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await CrawlPageAsync(source, due[i], run, report, cancellationToken);
            progress?.Report(new CrawlProgress(source.Name, i + 1, due.Count, due[i].Url));
        }

        return report.Build(timeProvider.GetElapsedTime(started));
    }

    private async Task CrawlPageAsync(CrawlSource source, FrontierEntry entry, RunState run, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        var robots = await run.Robots.GetAsync(entry.Url, source.AllowPrivateNetwork, cancellationToken);
        if (!robots.IsAllowed(entry.Url))
        {
            report.AddBlocked("disallowed by robots.txt");
            CrawlerLog.PageSkipped(logger, source.Name, entry.Url, "disallowed by robots.txt");
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Blocked, timeProvider.GetUtcNow(), "disallowed by robots.txt"), cancellationToken);
            return;
        }

        await run.Politeness.WaitTurnAsync(entry.Url, DelayFor(source, robots), cancellationToken);
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

        if (article.CanonicalUrl != fetch.FinalUrl && article.CanonicalUrl != entry.Url)
        {
            // An AMP, print or tracking variant names its canonical page: crawl that page instead, once.
            await frontier.AddDiscoveredAsync(source.Name, [new DiscoveredLink(article.CanonicalUrl)], now, cancellationToken);
            report.Add(StoreOutcome.Duplicate);
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Duplicate, now, $"variant of {article.CanonicalUrl}"), cancellationToken);
            return;
        }

        var hash = ContentHash(article);
        var stored = await sink.StoreAsync(new CrawledArticle(source.Name, article, fetch, now, hash), cancellationToken);
        report.Add(stored.Outcome);
        CrawlerLog.PageStored(logger, source.Name, entry.Url, stored.Outcome);
        var update = stored.Outcome switch
        {
            StoreOutcome.Unchanged => new FrontierUpdate(entry.Url, FrontierState.Unchanged, now, ContentHash: hash),
            StoreOutcome.Duplicate => new FrontierUpdate(entry.Url, FrontierState.Duplicate, now, "same content as another address", hash, DuplicateOf: stored.ArticleId),
            _ => new FrontierUpdate(entry.Url, FrontierState.Fetched, now, ContentHash: hash),
        };
        await frontier.RecordAsync(update, cancellationToken);
    }

    private TimeSpan DelayFor(CrawlSource source, RobotsTxt robots)
    {
        var delay = source.Delay ?? options.DefaultDelay;
        var requested = robots.CrawlDelay is { } crawlDelay ? TimeSpan.FromTicks(Math.Min(crawlDelay.Ticks, options.MaxCrawlDelay.Ticks)) : TimeSpan.Zero;
        return requested > delay ? requested : delay;
    }

    private async Task<List<DiscoveredLink>> DiscoverAsync(CrawlSource source, RunState run, CancellationToken cancellationToken)
    {
        var pattern = source.ArticlePattern is null ? null : new Regex(source.ArticlePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout);
        var found = new Dictionary<Uri, DiscoveredLink>();
        foreach (var feed in source.Feeds)
        {
            var text = await FetchListingAsync(source, feed, run, cancellationToken);
            if (text is not null && TryParse(source, feed, () => FeedParser.Parse(text, feed)) is { } links)
            {
                Add(found, links, pattern);
            }
        }

        var pending = new Queue<Uri>(source.Sitemaps);
        foreach (var host in source.Feeds.Concat(source.Sitemaps).Select(u => new Uri(u.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            var robots = await run.Robots.GetAsync(host, source.AllowPrivateNetwork, cancellationToken);
            foreach (var listed in robots.Sitemaps)
            {
                if (UrlCanonicalizer.TryCanonicalize(listed, null, out var sitemapUrl) && !source.Sitemaps.Contains(sitemapUrl))
                {
                    pending.Enqueue(sitemapUrl);
                }
            }
        }

        var seen = new HashSet<Uri>();
        while (pending.Count > 0 && seen.Count < options.MaxSitemapsPerSource)
        {
            var sitemap = pending.Dequeue();
            if (!seen.Add(sitemap))
            {
                continue;
            }

            var text = await FetchListingAsync(source, sitemap, run, cancellationToken);
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

    private async Task<string?> FetchListingAsync(CrawlSource source, Uri url, RunState run, CancellationToken cancellationToken)
    {
        var robots = await run.Robots.GetAsync(url, source.AllowPrivateNetwork, cancellationToken);
        if (!robots.IsAllowed(url))
        {
            CrawlerLog.ListingFailed(logger, source.Name, url, "disallowed by robots.txt");
            return null;
        }

        await run.Politeness.WaitTurnAsync(url, DelayFor(source, robots), cancellationToken);
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

    private sealed record RunState(HostPoliteness Politeness, RobotsCache Robots);
}
