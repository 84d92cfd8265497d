using Pipeline.Crawler.Crawling;

namespace Pipeline.Running;

/// <summary>Counts the pages a crawl has handled and passes each tick on, so a stopped run can say how far it got.</summary>
/// <param name="inner">The display's progress, or null.</param>
internal sealed class PageCounter(IProgress<CrawlProgress>? inner) : IProgress<CrawlProgress>
{
    private int pages;

    public int Pages => Volatile.Read(ref pages);

    public void Report(CrawlProgress value)
    {
        if (value.Url is not null)
        {
            Interlocked.Increment(ref pages);
        }

        inner?.Report(value);
    }
}
