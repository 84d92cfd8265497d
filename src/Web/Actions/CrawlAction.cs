using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Running;
using Pipeline.Sources;

namespace Pipeline.Web.Actions;

/// <summary>
/// Starts the scheduled crawl now, from the web app: the sources of <c>Schedule:SourcesFile</c> and
/// <c>Schedule:Sources</c>, recorded as a "crawl" run fired by "web". The run lock keeps it from overlapping a
/// nightly run or a command-line crawl; the app's stop stops it like Ctrl+C.
/// </summary>
internal sealed class CrawlAction(PipelineSettings settings, ILoggerFactory loggerFactory, TimeProvider timeProvider, Storage.ProductData productData, Topics.TopicClassifierCache topics, DemoOutletsStarter? startDemo = null) : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly ILogger logger = loggerFactory.CreateLogger<CrawlAction>();
    private int running;

    /// <summary>The run started last, for tests and shutdown.</summary>
    public Task Current { get; private set; } = Task.CompletedTask;

    /// <summary>Starts a run unless this app or another process is running one.</summary>
    /// <returns>False when a run is already in progress.</returns>
    public bool TryStart()
    {
        if (RunLock.IsHeld(settings.DataDir) || Interlocked.CompareExchange(ref running, 1, 0) != 0)
        {
            return false;
        }

        var token = stopping.Token;
        Current = Task.Run(() => RunAsync(token), CancellationToken.None);
        return true;
    }

    /// <summary>Stops a run in progress and waits until it has recorded itself as cancelled.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await Current.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            // The process is ending anyway; the next run marks the row interrupted.
        }

        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            var definitions = SourcesFile.Load(settings.Schedule.SourcesFile ?? productData.SourcesFile);
            await using var selection = await SourceSelection.StartAsync(definitions, settings.Schedule.Sources, startDemo, cancellationToken);
            var runner = new PipelineRunner(settings, loggerFactory, timeProvider, topics) { FiredBy = "web" };
            await runner.RunAsync("crawl", selection.Sources, selection.HostOverrides, progress: null, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping; the run recorded itself as cancelled.
        }
        catch (Exception ex)
        {
            // The run history holds the failure; the app goes on serving.
            WebLog.ActionFailed(logger, ex);
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
