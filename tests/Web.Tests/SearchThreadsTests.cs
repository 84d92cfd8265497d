using System.Collections.Concurrent;
using Pipeline.Web;

namespace Pipeline.Tests.Web;

public sealed class SearchThreadsTests
{
    [Fact]
    public async Task RunAsync_QueuedWork_RunsInArrivalOrder()
    {
        using var threads = new SearchThreads(1);
        using var gate = new ManualResetEventSlim();
        var order = new ConcurrentQueue<int>();
        var blocker = threads.RunAsync(() => gate.Wait(TimeSpan.FromSeconds(10)));
        var queued = Enumerable.Range(0, 50).Select(i => threads.RunAsync(() =>
        {
            order.Enqueue(i);
            return i;
        })).ToArray();

        gate.Set();
        await blocker;

        Assert.Equal(Enumerable.Range(0, 50), await Task.WhenAll(queued));
        Assert.Equal(Enumerable.Range(0, 50), order);
    }

    [Fact]
    public async Task RunAsync_ManyAtOnce_NeverMoreThanTheThreadCount()
    {
        using var threads = new SearchThreads(2);
        var running = 0;
        var most = 0;
        var work = Enumerable.Range(0, 40).Select(_ => threads.RunAsync(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            return now;
        })).ToArray();

        await Task.WhenAll(work);

        Assert.InRange(most, 1, 2);
    }

    [Fact]
    public async Task RunAsync_WorkThrows_TheTaskCarriesTheExceptionAndTheThreadGoesOn()
    {
        using var threads = new SearchThreads(1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => threads.RunAsync<int>(() => throw new InvalidOperationException("bad query")));

        Assert.Equal(7, await threads.RunAsync(() => 7));
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaiting_NeverRuns()
    {
        using var threads = new SearchThreads(1);
        using var gate = new ManualResetEventSlim();
        using var cancellation = new CancellationTokenSource();
        var ran = false;
        var blocker = threads.RunAsync(() => gate.Wait(TimeSpan.FromSeconds(10)));
        var waiting = threads.RunAsync(() => ran = true, cancellation.Token);

        await cancellation.CancelAsync();
        gate.Set();
        await blocker;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(ran);
    }

    [Fact]
    public void RunAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var threads = new SearchThreads(1);
        threads.Dispose();

        Assert.Throws<ObjectDisposedException>(Run);

        void Run() => threads.RunAsync(() => 1);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
