using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Indexer.Storage;

/// <summary>
/// Reads a file, or a slice of one (a compound file's part), with positional reads on a handle shared by its clones.
/// Only the input opened from the directory (or the slicer) closes the handle; clones and slices never do.
/// </summary>
internal sealed class PositionalIndexInput : BufferedIndexInput
{
    private readonly SafeFileHandle handle;
    private readonly long start;
    private readonly long end;
    private bool ownsHandle;

    public PositionalIndexInput(string description, SafeFileHandle handle, bool ownsHandle, long start, long length, int bufferSize)
        : base(description, bufferSize)
    {
        this.handle = handle;
        this.ownsHandle = ownsHandle;
        this.start = start;
        end = start + length;
    }

    public override long Length => end - start;

    public override object Clone()
    {
        var clone = (PositionalIndexInput)base.Clone();
        clone.ownsHandle = false;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        var position = start + Position;
        if (position + length > end)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        ReadExactly(handle, b.AsSpan(offset, length), position, this);
    }

    /// <summary>Fills <paramref name="buffer"/> from <paramref name="position"/> on, however many reads the file system needs.</summary>
    /// <param name="handle">The open file.</param>
    /// <param name="buffer">What to fill.</param>
    /// <param name="position">Where to start reading in the file.</param>
    /// <param name="source">Names the file in the error.</param>
    /// <exception cref="EndOfStreamException">The file ends first.</exception>
    internal static void ReadExactly(SafeFileHandle handle, Span<byte> buffer, long position, object source)
    {
        while (!buffer.IsEmpty)
        {
            var read = RandomAccess.Read(handle, buffer, position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {source} at {position}");
            }

            position += read;
            buffer = buffer[read..];
        }
    }

    // Every read names its position, so a seek only moves the buffer's pointer (done by the base class).
    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && ownsHandle)
        {
            handle.Dispose();
        }
    }
}
