using Lucene.Net.Index;
using Lucene.Net.Store;
using Pipeline.Indexer;

namespace Pipeline.Maintenance;

/// <summary>
/// A consistent copy of the index: the files of its last commit, copied while holding the index's write lock so
/// that no writer can start, commit or delete files during the copy. Segment files never change once written,
/// so the copy is exactly that commit.
/// </summary>
internal static class IndexSnapshot
{
    /// <summary>Copies the last commit of the index in <paramref name="indexPath"/> into <paramref name="target"/>.</summary>
    /// <param name="indexPath">The index directory.</param>
    /// <param name="target">An empty directory.</param>
    /// <param name="lockWait">How long to wait for a writer (a run's indexing) to finish.</param>
    /// <param name="whileLocked">Runs after the copy, before the lock is released (the database copy, so it is at least as new as the index).</param>
    /// <returns>How many files were copied.</returns>
    /// <exception cref="IndexUnavailableException">A writer held the index for longer than <paramref name="lockWait"/>, or the index is damaged.</exception>
    public static async Task<int> CopyLastCommitAsync(string indexPath, string target, TimeSpan lockWait, Func<Task> whileLocked)
    {
        ArgumentNullException.ThrowIfNull(whileLocked);
        using var directory = Indexer.Storage.PositionalReadDirectory.At(indexPath);
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        try
        {
            if (!writeLock.Obtain((long)lockWait.TotalMilliseconds))
            {
                throw new IndexUnavailableException($"The index at {indexPath} is being written; try the backup again after the run.");
            }
        }
        catch (LockObtainFailedException ex)
        {
            throw new IndexUnavailableException($"The index at {indexPath} has been written for more than {lockWait}; try the backup again after the run.", ex);
        }

        try
        {
            var commits = DirectoryReader.ListCommits(directory);
            var last = commits[^1];
            foreach (var file in last.FileNames)
            {
                File.Copy(Path.Combine(indexPath, file), Path.Combine(target, file));
            }

            await whileLocked();
            return last.FileNames.Count;
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexNotFoundException or FileNotFoundException)
        {
            throw new IndexUnavailableException($"The index at {indexPath} cannot be copied: {ex.Message}. Run `pipeline reindex` first.", ex);
        }
    }
}
