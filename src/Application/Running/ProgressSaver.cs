using Microsoft.Extensions.Logging;

namespace Pipeline.Running;

/// <summary>
/// Saves a run's counts on a fixed period while a stage works, so a process killed mid-way (kill -9, power loss)
/// leaves a record that says how far it got. Disposing stops the loop and waits for a save in flight.
/// </summary>
internal sealed class ProgressSaver : IAsyncDisposable
{
    /// <summary>How often the counts are saved: each save is one small durable write.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public ProgressSaver(TimeSpan period, TimeProvider timeProvider, Func<CancellationToken, Task> save, ILogger logger, long runId)
    {
        loop = RunAsync(period, timeProvider, save, logger, runId, stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }

    private static async Task RunAsync(TimeSpan period, TimeProvider timeProvider, Func<CancellationToken, Task> save, ILogger logger, long runId, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(period, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    await save(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A save that fails (a busy or full disk) must not end the crawl; the stage end saves again.
                    RunnerLog.ProgressNotSaved(logger, ex, runId);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by DisposeAsync: the caller saves the final counts itself.
        }
    }
}
