using Lucene.Net.Store;

namespace Pipeline.Indexer.Storage;

/// <summary>
/// <see cref="NIOFSDirectory"/> with its read path replaced by .NET's <see cref="RandomAccess"/>: one positional read
/// (pread) per buffer refill, lock-free and safe from any number of threads. Lucene.Net 4.8.0-beta00017 emulates
/// NIO's positional read on a <see cref="FileStream"/> shared by every clone of a file: it takes a lock, asks the file
/// system for the length, seeks, reads and seeks back. Under concurrent searches the threads queued on that lock, and
/// the reads were a third of a search's processor time. Writing, locking and syncing stay NIOFSDirectory's own, and
/// nothing is memory-mapped (MMapDirectory crashes under concurrent search in this Lucene.Net version).
/// </summary>
/// <param name="path">The index directory.</param>
public sealed class PositionalReadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    /// <summary>Opens the index directory at <paramref name="path"/>.</summary>
    /// <param name="path">The index directory.</param>
    /// <returns>The directory.</returns>
    public static PositionalReadDirectory At(string path) => new(new DirectoryInfo(path));

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var (file, handle) = OpenHandle(name);
        try
        {
            return new PositionalIndexInput($"PositionalIndexInput(path=\"{file}\")", handle, ownsHandle: true, 0, RandomAccess.GetLength(handle), BufferedIndexInput.GetBufferSize(context));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        var (file, handle) = OpenHandle(name);
        return new PositionalSlicer(file, handle, BufferedIndexInput.GetBufferSize(context));
    }

    private (string File, Microsoft.Win32.SafeHandles.SafeFileHandle Handle) OpenHandle(string name)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return (file, File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }
}
