using Pipeline.Running;
using Pipeline.Storage;

namespace Pipeline.Tests.Running;

public sealed class RunLockTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherHolder_ReturnsNullAfterTheWait()
    {
        using var held = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System);
        Assert.NotNull(held);

        var second = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.FromMilliseconds(300), TimeProvider.System);

        Assert.Null(second);
        Assert.True(RunLock.IsHeld(temp.Path));
    }

    [Fact]
    public async Task TryAcquireAsync_LockFileCannotBeCreated_ThrowsAtOnceInsteadOfWaiting()
    {
        // A directory named run.lock cannot be opened as a file by any user, root included (see CommandGuardTests).
        Directory.CreateDirectory(temp.Combine("run.lock"));
        var started = TimeProvider.System.GetTimestamp();

        var error = await Assert.ThrowsAsync<StorageException>(() => RunLock.TryAcquireAsync(temp.Path, TimeSpan.FromSeconds(10), TimeProvider.System));

        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5));
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("lock file run.lock", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryAcquireAsync_ReleasedHolder_Acquires()
    {
        using (var first = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System))
        {
            Assert.NotNull(first);
        }

        using var second = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System);

        Assert.NotNull(second);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldByAnotherHolder_ReturnsNullUntilReleased()
    {
        Directory.CreateDirectory(temp.Path);
        using (var first = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System))
        {
            Assert.NotNull(first);
            Assert.True(RunLock.IsHeld(temp.Path));
            Assert.Null(await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System));
        }

        Assert.False(RunLock.IsHeld(temp.Path));
        using var again = await RunLock.TryAcquireAsync(temp.Path, TimeSpan.Zero, TimeProvider.System);
        Assert.NotNull(again);
    }

    public void Dispose() => temp.Dispose();
}
