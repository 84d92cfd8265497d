using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Frontier;
using Pipeline.Crawler.Robots;
using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Crawling;

/// <summary>
/// One incremental crawl run. First every source discovers article links (feeds, sitemaps including those
/// robots.txt names, section pages with bounded pagination) and adds the new ones to the frontier; then
/// every due page is fetched, extracted and stored, one worker per host, up to the global host limit,
/// each host with one request at a time and the source's delay or its robots.txt Crawl-delay, whichever
/// is longer. Every outcome is written before the next page, so a run killed at any point resumes from
/// the frontier. With <see cref="HostLeasing"/> (nodes sharing one frontier) every request goes to a host the node
/// leases: listings under a short lease each, pages host by host as the node leases them, until no host with due
/// pages is left free or held by another live node.
/// </summary>
public sealed class CrawlRunner(
    IPageFetcher fetcher,
    IFrontierStore frontier,
    IArticleSink sink,
    ArticleExtractor extractor,
    CrawlOptions options,
    TimeProvider timeProvider,
    ILogger<CrawlRunner> logger,
    IRawArchive? archive = null,
    HostLeasing? leasing = null)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(200);

    private volatile SourceReportBuilder[]? current;
    private long currentStarted;

    /// <summary>
    /// What the run in progress has done so far, per source, so a caller can save its counts while it runs and a
    /// killed run still shows how far it got; empty before <see cref="RunAsync"/> starts.
    /// </summary>
    /// <returns>A report per source, in the order given to the run.</returns>
    public IReadOnlyList<SourceReport> Snapshot()
    {
        var builders = current;
        if (builders is null)
        {
            return [];
        }

        var elapsed = timeProvider.GetElapsedTime(Interlocked.Read(ref currentStarted));
        return builders.Select(b => b.Build(elapsed)).ToList();
    }

    /// <summary>Crawls the sources.</summary>
    /// <param name="sources">The sources.</param>
    /// <param name="progress">Receives a tick per page; may be null.</param>
    /// <param name="cancellationToken">Stops the run after the pages in flight; what is done stays done.</param>
    /// <returns>A report per source, in the order given.</returns>
    public async Task<IReadOnlyList<SourceReport>> RunAsync(
        IReadOnlyList<CrawlSource> sources,
        IProgress<CrawlProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = timeProvider.GetTimestamp();
        var politeness = new HostPoliteness(timeProvider);
        await using var keeper = leasing is null ? null : new HostLeaseKeeper(leasing, politeness, timeProvider, logger);
        var run = new RunState(politeness, new RobotsCache(fetcher, options.ProductToken), new TrapGuard(options), keeper);
        var reports = sources.Select(s => new SourceReportBuilder(s.Name)).ToArray();
        Interlocked.Exchange(ref currentStarted, started);
        current = reports;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelHosts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), parallel, async (i, token) =>
        {
            var links = await DiscoverAsync(sources[i], run, reports[i], token);
            reports[i].Discovered = links.Count;
            reports[i].NewlyDiscovered = await frontier.AddDiscoveredAsync(sources[i].Name, links, timeProvider.GetUtcNow(), token);
            CrawlerLog.Discovered(logger, sources[i].Name, links.Count, reports[i].NewlyDiscovered);
        });

        var work = new List<(int Source, FrontierEntry Entry)>();
        for (var i = 0; i < sources.Count; i++)
        {
            var due = await frontier.GetDueAsync(sources[i].Name, timeProvider.GetUtcNow(), options.MaxAttempts, options.MaxPagesPerSource, cancellationToken);
            work.AddRange(due.Select(e => (i, e)));
        }

        var totals = new int[sources.Count];
        var done = new int[sources.Count];
        foreach (var (source, _) in work)
        {
            totals[source]++;
        }

        for (var i = 0; i < sources.Count; i++)
        {
            progress?.Report(new CrawlProgress(sources[i].Name, 0, totals[i], null));
        }

        if (keeper is null)
        {
            await Parallel.ForEachAsync(work.GroupBy(w => w.Entry.Url.Host, StringComparer.OrdinalIgnoreCase), parallel, async (host, token) =>
            {
                foreach (var (source, entry) in host.Take(options.MaxPagesPerHost))
                {
                    token.ThrowIfCancellationRequested();
                    await CrawlPageAsync(sources[source], entry, run, reports[source], token);
                    progress?.Report(new CrawlProgress(sources[source].Name, Interlocked.Increment(ref done[source]), totals[source], entry.Url));
                }
            });
        }
        else
        {
            await CrawlLeasedHostsAsync(sources, keeper, run, reports, parallel, (source, url) =>
                progress?.Report(new CrawlProgress(sources[source].Name, Interlocked.Increment(ref done[source]), Math.Max(totals[source], done[source]), url)));
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        return reports.Select(r => r.Build(elapsed)).ToList();
    }

    /// <summary>
    /// The page stage of a node sharing the frontier: each worker leases a host with due pages, crawls them in order
    /// while it holds the lease, gives it back, and takes the next. With no free host left it waits for hosts other
    /// nodes hold (a dead node's lease runs out, a live node's host may have pages left), and stops when none is held.
    /// Only pages due when the run started count, and each host once per node and run, so failures do not loop.
    /// </summary>
    private async Task CrawlLeasedHostsAsync(
        IReadOnlyList<CrawlSource> sources, HostLeaseKeeper keeper, RunState run, SourceReportBuilder[] reports, ParallelOptions parallel, Action<int, Uri> pageDone)
    {
        var names = sources.Select(s => s.Name).ToList();
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var dueBy = timeProvider.GetUtcNow();
        var crawled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pagesPerSource = new int[sources.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.MaxParallelHosts), parallel, async (_, token) =>
        {
            while (true)
            {
                string[] exclude;
                lock (crawled)
                {
                    exclude = [.. crawled];
                }

                var host = await keeper.TryAcquireDueAsync(names, dueBy, options.MaxAttempts, exclude, token);
                if (host is null)
                {
                    if (await keeper.WaitForOthersAsync(names, dueBy, options.MaxAttempts, exclude, token))
                    {
                        continue;
                    }

                    return;
                }

                lock (crawled)
                {
                    crawled.Add(host);
                }

                try
                {
                    foreach (var entry in await leasing!.Leases.GetDueOnHostAsync(host, names, dueBy, options.MaxAttempts, options.MaxPagesPerHost, token))
                    {
                        // A lease lost (not renewed in time) leaves the rest of the host to the node that took it.
                        if (!keeper.Holds(host))
                        {
                            break;
                        }

                        token.ThrowIfCancellationRequested();
                        var source = index[entry.Source];
                        if (Interlocked.Increment(ref pagesPerSource[source]) > options.MaxPagesPerSource)
                        {
                            continue;
                        }

                        await CrawlPageAsync(sources[source], entry, run, reports[source], token);
                        pageDone(source, entry.Url);
                    }
                }
                finally
                {
                    await keeper.ReleaseAsync(host);
                }
            }
        });
    }

    /// <summary>
    /// Holds the host of <paramref name="url"/> for a listing's fetch when nodes share the frontier; null while another
    /// node holds it. That node is crawling the host, and every node reads the listings of every source, so the
    /// listing is read by whichever node holds the host.
    /// </summary>
    private async Task<HostHold?> TryHoldAsync(RunState run, CrawlSource source, Uri url, CancellationToken cancellationToken)
    {
        if (run.Keeper is not { } keeper)
        {
            return HostHold.None;
        }

        if (await keeper.TryAcquireAsync(url.Host, cancellationToken))
        {
            return new HostHold(keeper, url.Host);
        }

        CrawlerLog.ListingLeftToOtherNode(logger, source.Name, url);
        return null;
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

    private async Task CrawlPageAsync(CrawlSource source, FrontierEntry entry, RunState run, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        var robots = await run.Robots.GetAsync(entry.Url, source.AllowPrivateNetwork, cancellationToken);
        if (!robots.IsAllowed(entry.Url))
        {
            await BlockAsync(source, entry.Url, "disallowed by robots.txt", report, cancellationToken);
            return;
        }

        await run.Politeness.WaitTurnAsync(entry.Url, DelayFor(source, robots), cancellationToken);
        var conditional = entry.ETag is null && entry.LastModified is null ? null : new ConditionalRequest(entry.ETag, entry.LastModified);
        var fetch = await fetcher.FetchAsync(entry.Url, source.AllowPrivateNetwork, conditional, cancellationToken);
        run.Politeness.Answered(entry.Url, DelayFor(source, robots));
        await ArchiveAsync(fetch, cancellationToken);
        var now = timeProvider.GetUtcNow();
        if (fetch.NotModified)
        {
            report.Add(StoreOutcome.Unchanged);
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Unchanged, now, "304 not modified", ETag: fetch.ETag, LastModified: fetch.LastModified), cancellationToken);
            return;
        }

        if (!fetch.IsSuccess)
        {
            var reason = fetch.Error ?? "no body";
            report.AddFailure(reason);
            CrawlerMetrics.Failed(entry.Url, fetch);
            CrawlerLog.PageFailed(logger, source.Name, entry.Url, reason);
            var retryAt = now + (options.RetryBackoff * Math.Pow(2, entry.Attempts));
            await frontier.RecordAsync(new FrontierUpdate(entry.Url, FrontierState.Failed, now, reason, NextFetchAt: fetch.Transient ? retryAt : now + TimeSpan.FromDays(3650)), cancellationToken);
            return;
        }

        report.AddFetched();
        CrawlerMetrics.Fetched();
        ExtractedArticle article;
        try
        {
            article = extractor.Extract(fetch.Text!, fetch.FinalUrl, source.Hints ?? ExtractionHints.None);
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
        CrawlerMetrics.Stored(stored.Outcome);
        CrawlerLog.PageStored(logger, source.Name, entry.Url, stored.Outcome);
        var update = stored.Outcome switch
        {
            StoreOutcome.Unchanged => new FrontierUpdate(entry.Url, FrontierState.Unchanged, now, ContentHash: hash),
            StoreOutcome.Duplicate => new FrontierUpdate(entry.Url, FrontierState.Duplicate, now, "same content as another address", hash, DuplicateOf: stored.ArticleId),
            _ => new FrontierUpdate(entry.Url, FrontierState.Fetched, now, ContentHash: hash),
        };
        await frontier.RecordAsync(update with { ETag = fetch.ETag, LastModified = fetch.LastModified }, cancellationToken);
    }

    private async Task ArchiveAsync(FetchResult fetch, CancellationToken cancellationToken)
    {
        if (archive is not null && !fetch.NotModified)
        {
            await archive.WriteAsync(fetch, cancellationToken);
        }
    }

    private async Task BlockAsync(CrawlSource source, Uri url, string reason, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        report.AddBlocked(reason);
        CrawlerLog.PageSkipped(logger, source.Name, url, reason);
        await frontier.RecordAsync(new FrontierUpdate(url, FrontierState.Blocked, timeProvider.GetUtcNow(), reason), cancellationToken);
    }

    private TimeSpan DelayFor(CrawlSource source, RobotsTxt robots)
    {
        var delay = source.Delay ?? options.DefaultDelay;
        var requested = robots.CrawlDelay is { } crawlDelay ? TimeSpan.FromTicks(Math.Min(crawlDelay.Ticks, options.MaxCrawlDelay.Ticks)) : TimeSpan.Zero;
        return requested > delay ? requested : delay;
    }

    private async Task<List<DiscoveredLink>> DiscoverAsync(CrawlSource source, RunState run, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        var pattern = source.ArticlePattern is null ? null : new Regex(source.ArticlePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout);
        var found = new Dictionary<Uri, DiscoveredLink>();
        void Add(IEnumerable<DiscoveredLink> links)
        {
            foreach (var link in links)
            {
                if (pattern is not null && !MatchesSafely(pattern, link.Url.AbsoluteUri))
                {
                    continue;
                }

                if (run.Traps.Check(link.Url) is { } trap)
                {
                    report.AddBlocked(trap);
                    continue;
                }

                found.TryAdd(link.Url, link);
            }
        }

        foreach (var feed in source.Feeds)
        {
            var text = await FetchListingAsync(source, "feed", feed, run, report, cancellationToken);
            if (text is not null && TryParse(source, report, feed, () => FeedParser.Parse(text, feed)) is { } links)
            {
                Add(links);
            }
        }

        foreach (var section in source.Sections ?? [])
        {
            var page = section;
            for (var n = 0; page is not null && n < options.MaxSectionPages; n++)
            {
                var text = await FetchListingAsync(source, "section", page, run, report, cancellationToken);
                if (text is null)
                {
                    break;
                }

                var (links, next) = SectionPageParser.Parse(text, page);
                if (pattern is not null)
                {
                    // Without an article pattern every menu link would count as an article.
                    Add(links);
                }

                page = next;
            }
        }

        await DiscoverSitemapsAsync(source, run, report, Add, cancellationToken);
        return found.Values.ToList();
    }

    private async Task DiscoverSitemapsAsync(CrawlSource source, RunState run, SourceReportBuilder report, Action<IEnumerable<DiscoveredLink>> add, CancellationToken cancellationToken)
    {
        var pending = new Queue<Uri>(source.Sitemaps);
        foreach (var host in source.Feeds.Concat(source.Sitemaps).Concat(source.Sections ?? []).Select(u => new Uri(u.GetLeftPart(UriPartial.Authority))).Distinct())
        {
            RobotsTxt robots;
            await using (var hold = await TryHoldAsync(run, source, host, cancellationToken))
            {
                if (hold is null)
                {
                    continue;
                }

                robots = await run.Robots.GetAsync(host, source.AllowPrivateNetwork, cancellationToken);
            }

            if (ReferenceEquals(robots, RobotsTxt.DisallowAll))
            {
                // RFC 9309: an unreachable robots.txt disallows the whole host, so this run reads nothing there.
                ListingFailed(source, report, "robots.txt", new Uri(host, "/robots.txt"), "unavailable (server error, 429 or network failure); the whole host is disallowed this run");
            }

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

            if (await ReadSitemapAsync(source, sitemap, run, report, cancellationToken) is not { } document)
            {
                continue;
            }

            // Since the last successful run only what changed matters: older child sitemaps and entries are skipped.
            var recent = document.Links.Where(l => source.ListedSince is null || l.Published is null || l.Published >= source.ListedSince);
            if (document.IsIndex)
            {
                foreach (var child in recent)
                {
                    pending.Enqueue(child.Url);
                }
            }
            else
            {
                add(recent);
            }
        }
    }

    private async Task<string?> FetchListingAsync(CrawlSource source, string kind, Uri url, RunState run, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        await using var hold = await TryHoldAsync(run, source, url, cancellationToken);
        if (hold is null)
        {
            return null;
        }

        var robots = await run.Robots.GetAsync(url, source.AllowPrivateNetwork, cancellationToken);
        if (!robots.IsAllowed(url))
        {
            ListingFailed(source, report, kind, url, "disallowed by robots.txt");
            return null;
        }

        await run.Politeness.WaitTurnAsync(url, DelayFor(source, robots), cancellationToken);
        var result = await fetcher.FetchAsync(url, source.AllowPrivateNetwork, cancellationToken: cancellationToken);
        run.Politeness.Answered(url, DelayFor(source, robots));
        await ArchiveAsync(result, cancellationToken);
        if (!result.IsSuccess)
        {
            ListingFailed(source, report, kind, url, result.Error ?? "no body");
            return null;
        }

        return result.Text;
    }

    /// <summary>
    /// Reads a sitemap as it arrives, up to the protocol's 50 MiB uncompressed (a page's body limit is far
    /// smaller); one cut short or over 50,000 entries yields what was read, and the reason is logged.
    /// </summary>
    private async Task<SitemapDocument?> ReadSitemapAsync(CrawlSource source, Uri url, RunState run, SourceReportBuilder report, CancellationToken cancellationToken)
    {
        await using var hold = await TryHoldAsync(run, source, url, cancellationToken);
        if (hold is null)
        {
            return null;
        }

        var robots = await run.Robots.GetAsync(url, source.AllowPrivateNetwork, cancellationToken);
        if (!robots.IsAllowed(url))
        {
            ListingFailed(source, report, "sitemap", url, "disallowed by robots.txt");
            return null;
        }

        await run.Politeness.WaitTurnAsync(url, DelayFor(source, robots), cancellationToken);
        SitemapDocument? document = null;
        string? formatError = null;
        var result = await fetcher.FetchStreamAsync(
            url,
            source.AllowPrivateNetwork,
            SitemapParser.MaxBytes,
            async (stream, token) =>
            {
                // A retried attempt reads the sitemap again from the start.
                (document, formatError) = (null, null);
                try
                {
                    document = await SitemapParser.ReadAsync(stream, url, token);
                }
                catch (DiscoveryFormatException ex)
                {
                    formatError = ex.Message;
                }
            },
            cancellationToken);
        run.Politeness.Answered(url, DelayFor(source, robots));
        if (result.Error is not null || formatError is not null || document is null)
        {
            ListingFailed(source, report, "sitemap", url, result.Error ?? formatError ?? "no body");
            return null;
        }

        if (result.Truncated)
        {
            document = document with
            {
                Error = string.Create(CultureInfo.InvariantCulture, $"The sitemap is larger than the protocol's {SitemapParser.MaxBytes / 1024 / 1024} MiB uncompressed; {document.Links.Count:N0} entries were read from its first {SitemapParser.MaxBytes / 1024 / 1024} MiB."),
            };
        }

        if (document.Error is not null)
        {
            ListingFailed(source, report, "sitemap", url, document.Error);
        }

        return document;
    }

    private T? TryParse<T>(CrawlSource source, SourceReportBuilder report, Uri url, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (DiscoveryFormatException ex)
        {
            ListingFailed(source, report, "feed", url, ex.Message);
            return null;
        }
    }

    // A listing that fails hides every article it would have named, so it is logged and goes into the run's errors.
    private void ListingFailed(CrawlSource source, SourceReportBuilder report, string kind, Uri url, string reason)
    {
        CrawlerLog.ListingFailed(logger, source.Name, url, reason);
        report.AddListingError(kind, url, reason);
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

    private sealed record RunState(HostPoliteness Politeness, RobotsCache Robots, TrapGuard Traps, HostLeaseKeeper? Keeper);

    private sealed class HostHold(HostLeaseKeeper? keeper, string host) : IAsyncDisposable
    {
        public static HostHold None { get; } = new(null, string.Empty);

        public async ValueTask DisposeAsync()
        {
            if (keeper is not null)
            {
                await keeper.ReleaseAsync(host);
            }
        }
    }
}
