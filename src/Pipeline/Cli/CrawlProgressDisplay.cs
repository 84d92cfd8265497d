using Pipeline.Crawler.Crawling;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>Shows crawl progress with a Spectre progress bar on a terminal; silent when output is redirected or JSON.</summary>
internal static class CrawlProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool enabled, Func<IProgress<CrawlProgress>?, Task<T>> work)
    {
        if (!enabled || !console.Profile.Capabilities.Interactive)
        {
            return await work(null);
        }

        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                // Sources run in parallel: one bar each, created on their first tick.
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var gate = new Lock();
                result = await work(new SynchronousProgress(update =>
                {
                    lock (gate)
                    {
                        if (!tasks.TryGetValue(update.Source, out var task))
                        {
                            task = tasks[update.Source] = context.AddTask(Markup.Escape(update.Source), maxValue: 1);
                        }

                        task.MaxValue = Math.Max(1, update.Total);
                        task.Value = update.Done;
                        task.Description = $"{Markup.Escape(update.Source)}: {update.Done}/{update.Total} pages";
                    }
                }));
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return result;
    }

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and reorder ticks.</summary>
    private sealed class SynchronousProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
