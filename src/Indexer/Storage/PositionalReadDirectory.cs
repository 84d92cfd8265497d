using Lucene.Net.Store;

namespace Pipeline.Indexer.Storage;

/// <summary>
/// <see cref="NIOFSDirectory"/> with its read path replaced by .NET's <see cref="RandomAccess"/>: one positional read
/// (pread) per buffer refill, lock-free and safe from any number of threads. Lucene.Net 4.8.0-beta00017 emulates
/// NIO's positional read on a <see cref="FileStream"/> shared by every clone of a file: it takes that stream's lock,
/// asks the file system for the length, seeks, reads and seeks back, so concurrent searches queue on one lock per
/// file (https://github.com/apache/lucenenet/pull/611 gave each stream its own lock instead of one for all; the
/// rework of the file-system directories for .NET is https://github.com/apache/lucenenet/issues/1301). This class
/// can go once the Lucene.Net release in use reads with <see cref="RandomAccess"/> itself. Writing, locking and
/// syncing stay NIOFSDirectory's own, and nothing is memory-mapped (in this version MMapDirectory can crash under
/// concurrent search: https://github.com/apache/lucenenet/issues/1013).
/// A searcher's directory may also keep files in memory, up to <paramref name="residentBytes"/> in all: every file a
/// search seeks into (postings, term dictionary, norms, doc values), but not the stored fields and term vectors,
/// which are read only for the page shown.
/// </summary>
/// <param name="path">The index directory.</param>
/// <param name="residentBytes">How many bytes of files may be read into memory when first opened; 0 (the default) reads every file from disk.</param>
public sealed class PositionalReadDirectory(DirectoryInfo path, long residentBytes = 0) : NIOFSDirectory(path)
{
    private const int StoredFieldsBufferSize = 16 * 1024;

    private static readonly string[] OnDiskExtensions = [".fdt", ".tvd", ".tvx"];

    private long resident;

    /// <summary>Bytes of files read into memory so far.</summary>
    public long ResidentBytes => Interlocked.Read(ref resident);

    /// <summary>Opens the index directory at <paramref name="path"/>.</summary>
    /// <param name="path">The index directory.</param>
    /// <param name="residentBytes">How many bytes of files may be held in memory; 0 keeps none.</param>
    /// <returns>The directory.</returns>
    public static PositionalReadDirectory At(string path, long residentBytes = 0) => new(new DirectoryInfo(path), residentBytes);

    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var (file, handle) = OpenHandle(name);
        try
        {
            if (TryLoad(name, context, handle) is { } data)
            {
                handle.Dispose();
                return new ResidentIndexInput($"ResidentIndexInput(path=\"{file}\")", data, 0, data.Length);
            }

            return new PositionalIndexInput($"PositionalIndexInput(path=\"{file}\")", handle, ownsHandle: true, 0, RandomAccess.GetLength(handle), BufferSize(name, context));
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
        try
        {
            if (TryLoad(name, context, handle) is { } data)
            {
                handle.Dispose();
                return new ResidentSlicer(file, data);
            }
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        return new PositionalSlicer(file, handle, BufferedIndexInput.GetBufferSize(context));
    }

    // A stored document is read whole from a compressed block of several kilobytes; with Lucene's 1 KB buffer that
    // was a dozen reads per hit shown.
    private static int BufferSize(string name, IOContext context) =>
        name.EndsWith(".fdt", StringComparison.OrdinalIgnoreCase) ? Math.Max(StoredFieldsBufferSize, BufferedIndexInput.GetBufferSize(context)) : BufferedIndexInput.GetBufferSize(context);

    /// <summary>The whole file, when it is one a search seeks into and it fits in what is left of the budget.</summary>
    private byte[]? TryLoad(string name, IOContext context, Microsoft.Win32.SafeHandles.SafeFileHandle handle)
    {
        if (residentBytes <= 0 || context.Context == IOContext.UsageContext.MERGE || context.ReadOnce
            || OnDiskExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            return null;
        }

        if (Interlocked.Add(ref resident, length) > residentBytes)
        {
            Interlocked.Add(ref resident, -length);
            return null;
        }

        var data = GC.AllocateUninitializedArray<byte>((int)length);
        PositionalIndexInput.ReadExactly(handle, data, 0, name);
        return data;
    }

    private (string File, Microsoft.Win32.SafeHandles.SafeFileHandle Handle) OpenHandle(string name)
    {
        EnsureOpen();
        var file = Path.Combine(Directory.FullName, name);
        return (file, File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }
}
