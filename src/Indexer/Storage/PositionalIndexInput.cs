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

        while (length > 0)
        {
            var read = RandomAccess.Read(handle, b.AsSpan(offset, length), position);
            if (read <= 0)
            {
                throw new EndOfStreamException($"read past EOF: {this} at {position}");
            }

            position += read;
            offset += read;
            length -= read;
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
