using System.Globalization;
using System.Net;
using System.Text;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Indexing;
using Pipeline.Storage;

namespace Pipeline.Running;

/// <summary>
/// Re-runs extraction over the raw archive without the network: every archived HTML response is decoded and
/// extracted again, and stored through the same idempotent store as a crawl (unchanged stays unchanged,
/// a better extraction updates the article), then the index catches up.
/// </summary>
/// <param name="dataDirectory">The data directory.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="topics">The topic classifiers the new articles are analysed with.</param>
/// <param name="storeOptions">Which database holds the stores; SQLite in the data directory when null.</param>
/// <param name="rawDirectories">
/// Where the WARC files are: by default the data directory's raw/; on a shared PostgreSQL store each crawler node keeps
/// its own, so an operator lists every node's (mounted or copied) raw directory to re-extract the whole archive.
/// </param>
public sealed class Reextractor(DataDirectory dataDirectory, TimeProvider timeProvider, Topics.TopicClassifierCache topics, StoreOptions? storeOptions = null, IReadOnlyList<string>? rawDirectories = null)
{
    private readonly ArticleExtractor extractor = new(timeProvider);

    /// <summary>Extracts every archived response again and stores the results.</summary>
    /// <param name="cancellationToken">Stops the re-extraction; what was stored stays stored.</param>
    /// <returns>What was read, updated and left unchanged.</returns>
    public async Task<ReextractSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        dataDirectory.RequireExisting();
        var store = (await StoreFactory.OpenAsync(storeOptions ?? new StoreOptions(), dataDirectory, StoreAccess.Existing, timeProvider, cancellationToken)).Articles;
        // Listed directories are checked where they are given (`reextract --raw`); a data directory may have no raw/ yet.
        var directories = rawDirectories is { Count: > 0 } listed ? listed : [dataDirectory.RawPath];
        var files = directories.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.warc.gz").Order(StringComparer.Ordinal))
            .ToList();
        int responses = 0, added = 0, updated = 0, unchanged = 0, duplicates = 0, skipped = 0;
        foreach (var file in files)
        {
            foreach (var record in WarcReader.Read(file).Where(r => r.Type == "response" && r.TargetUri is not null))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Parse(record) is not { } fetch || fetch.ContentType is not ("text/html" or "application/xhtml+xml"))
                {
                    continue;
                }

                responses++;
                var article = extractor.Extract(fetch.Text!, fetch.FinalUrl);
                if (!article.IsArticle)
                {
                    skipped++;
                    continue;
                }

                if (article.CanonicalUrl != fetch.FinalUrl)
                {
                    duplicates++;
                    continue;
                }

                var source = await store.SourceOfAsync(article.CanonicalUrl, cancellationToken) ?? "reextract";
                var result = await store.StoreAsync(new CrawledArticle(source, article, fetch, timeProvider.GetUtcNow(), CrawlRunner.ContentHash(article)), cancellationToken);
                switch (result.Outcome)
                {
                    case StoreOutcome.New: added++; break;
                    case StoreOutcome.Updated: updated++; break;
                    case StoreOutcome.Unchanged: unchanged++; break;
                    default: duplicates++; break;
                }
            }
        }

        await new AnalysisStage(store, topics.For(dataDirectory)).RunAsync(cancellationToken);
        var (indexed, _) = await new IndexSynchronizer(store).SynchronizeAsync(dataDirectory.IndexPath, cancellationToken);
        return new ReextractSummary(files.Count, responses, added, updated, unchanged, duplicates, skipped, indexed);
    }

    /// <summary>
    /// The archived HTTP response as a fetch result: status line, headers, then the body as stored, decoded as the
    /// fetcher decodes it (a body the fetcher cut at its size limit is marked WARC-Truncated, so the character cut in
    /// two is dropped rather than counted as a replacement).
    /// </summary>
    private static FetchResult? Parse(WarcRecord record)
    {
        var block = record.Block;
        var split = block.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(block, 0, split).Split("\r\n");
        var status = head[0].Split(' ');
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) || code != 200)
        {
            return null;
        }

        string? contentType = null;
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = line[(colon + 1)..].Trim();
            }
        }

        var body = block.AsSpan(split + 4);
        var truncated = record.Headers.ContainsKey("WARC-Truncated");
        var decoded = CharsetDecoder.Decode(body, HttpPageFetcher.CharsetOf(contentType), truncated);
        var url = new Uri(record.TargetUri!);
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        return new FetchResult(url, url, HttpStatusCode.OK, mediaType, decoded.Text, decoded.Decision.Used, body.Length, truncated, null)
        {
            CharsetDecision = decoded.Decision,
        };
    }
}
