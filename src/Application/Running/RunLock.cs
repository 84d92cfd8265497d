namespace Pipeline.Running;

/// <summary>
/// One run at a time per data directory, across processes: the nightly daemon, a cron <c>pipeline crawl</c> and a
/// restore exclude each other. An exclusive lock on <c>run.lock</c>, which the operating system releases when
/// the process dies, so a killed run never leaves the directory locked.
/// </summary>
public sealed class RunLock : IDisposable
{
    private const string FileName = "run.lock";

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(200);

    private readonly FileStream stream;

    private RunLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock, waiting up to <paramref name="wait"/> for another holder to let go.</summary>
    /// <param name="dataDirectory">The data directory (it must exist).</param>
    /// <param name="wait">How long to keep trying.</param>
    /// <param name="timeProvider">The clock of the wait.</param>
    /// <param name="cancellationToken">Stops the wait.</param>
    /// <returns>The lock, or null when another process still holds it.</returns>
    /// <exception cref="Storage.StorageException">The lock file cannot be created or opened (a read-only directory): no wait helps.</exception>
    public static async Task<RunLock?> TryAcquireAsync(string dataDirectory, TimeSpan wait, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var started = timeProvider.GetTimestamp();
        var unexplained = 0;
        while (true)
        {
            try
            {
                return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (UnauthorizedAccessException ex)
            {
                throw Storage.StorageFailure.LockFile(dataDirectory, FileName, ex);
            }
            catch (IOException ex) when (!IsHeld(dataDirectory))
            {
                // Only a holder's lock is worth waiting for; a file that cannot be created (read-only file system,
                // no space) fails the same way on every retry. One immediate retry covers a holder that let go
                // between the failed open and the check.
                if (++unexplained > 1)
                {
                    throw Storage.StorageFailure.LockFile(dataDirectory, FileName, ex);
                }
            }
            catch (IOException) when (timeProvider.GetElapsedTime(started) < wait)
            {
                await Task.Delay(RetryInterval, timeProvider, cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Whether some process holds the lock right now (a run is in progress).</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <returns>True when held.</returns>
    public static bool IsHeld(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            // Read access with no sharing conflicts with an exclusive holder only; nothing is created or written.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
