using System.Collections.Concurrent;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Crawler.Tests.Fixtures;

/// <summary>Keeps the articles a run stores: new per address, unchanged when the same address brings the same content hash.</summary>
internal sealed class MemorySink : IArticleSink
{
    private readonly ConcurrentDictionary<Uri, CrawledArticle> stored = new();

    /// <summary>The addresses stored, by the page's final address.</summary>
    public IReadOnlyCollection<Uri> Urls => [.. stored.Keys];

    public Task<StoreResult> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var key = article.Fetch.FinalUrl;
        var outcome = stored.TryGetValue(key, out var earlier)
            ? earlier.ContentHash == article.ContentHash ? StoreOutcome.Unchanged : StoreOutcome.Updated
            : StoreOutcome.New;
        stored[key] = article;
        return Task.FromResult(new StoreResult(outcome, key.AbsoluteUri));
    }
}
