using System.Collections.Concurrent;

namespace Pipeline.Web;

/// <summary>
/// A few dedicated threads that run searches first come, first served. Searches are synchronous processor work in
/// Lucene; run on the thread pool behind a semaphore, each finished search handed its slot to the next waiter on the
/// same thread's local queue, ahead of the requests still waiting to be read, so some answers took five times the
/// median. Here waiting searches queue in arrival order, and the pool is left free to read requests and write answers.
/// </summary>
internal sealed class SearchThreads : IDisposable
{
    private readonly BlockingCollection<IWork> queue = new(new ConcurrentQueue<IWork>());
    private readonly Thread[] threads;
    private volatile bool disposed;

    /// <summary>Initializes a new instance of the <see cref="SearchThreads"/> class and starts its threads.</summary>
    /// <param name="count">How many searches run at once: one per core by default.</param>
    public SearchThreads(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        threads = Enumerable.Range(0, count).Select(i => new Thread(Run) { IsBackground = true, Name = $"search-{i}" }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }
    }

    private interface IWork
    {
        void Execute();
    }

    /// <summary>Queues <paramref name="work"/> behind the searches already waiting.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">Synchronous work.</param>
    /// <param name="cancellationToken">Drops the work if it has not started (the client went away).</param>
    /// <returns>The work's result or exception.</returns>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(disposed, this);
        var item = new Work<T>(work, cancellationToken);
        queue.Add(item, CancellationToken.None);
        return item.Task;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        queue.CompleteAdding();
        foreach (var thread in threads)
        {
            thread.Join();
        }

        queue.Dispose();
    }

    private void Run()
    {
        foreach (var work in queue.GetConsumingEnumerable())
        {
            work.Execute();
        }
    }

    private sealed class Work<T>(Func<T> work, CancellationToken cancellationToken) : IWork
    {
        // Continuations go to the thread pool, never inline on a search thread.
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => completion.Task;

        public void Execute()
        {
            if (cancellationToken.IsCancellationRequested)
            {
                completion.TrySetCanceled(cancellationToken);
                return;
            }

            try
            {
                completion.TrySetResult(work());
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
        }
    }
}
