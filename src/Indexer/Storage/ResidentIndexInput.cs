using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Pipeline.Indexer.Storage;

/// <summary>
/// An index file (or a slice of one) read from an array in memory. Searching seeks into the postings and the term
/// dictionary for every match it scores; through a file each seek is a system call and a buffer copy. A clone is a position over the same array, so it costs no buffer either.
/// </summary>
internal sealed class ResidentIndexInput : IndexInput
{
    private readonly byte[] data;
    private readonly int start;
    private readonly int length;
    private int position;

    /// <summary>Initializes a new instance of the <see cref="ResidentIndexInput"/> class.</summary>
    /// <param name="description">Names the file in errors.</param>
    /// <param name="data">The whole file.</param>
    /// <param name="start">Where this input begins in <paramref name="data"/>.</param>
    /// <param name="length">How many bytes it spans.</param>
    public ResidentIndexInput(string description, byte[] data, int start, int length)
        : base(description)
    {
        if (start < 0 || length < 0 || start > data.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"The slice {start}:{start + (long)length} lies outside the {data.Length} bytes of {description}.");
        }

        this.data = data;
        this.start = start;
        this.length = length;
    }

    /// <inheritdoc />
    public override long Length => length;

    /// <inheritdoc />
    public override long Position => position;

    /// <inheritdoc />
    public override void Seek(long pos)
    {
        if (pos < 0 || pos > length)
        {
            throw new EndOfStreamException($"seek past EOF: {this} to {pos}");
        }

        position = (int)pos;
    }

    /// <inheritdoc />
    public override byte ReadByte()
    {
        if (position >= length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return data[start + position++];
    }

    /// <inheritdoc />
    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    /// <inheritdoc />
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    /// <inheritdoc />
    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    /// <inheritdoc />
    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    /// <inheritdoc />
    public override int ReadVInt32()
    {
        // Lucene's DataInput reads each byte of a vInt through a virtual call; here ReadByte is this sealed class's own.
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new IOException($"Invalid vInt detected (too many bits): {this}");
    }

    /// <inheritdoc />
    public override long ReadVInt64()
    {
        var result = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new IOException($"Invalid vLong detected (negative values disallowed): {this}");
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // The array belongs to every clone and slice; the collector frees it with the last of them.
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > length - position)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var span = data.AsSpan(start + position, count);
        position += count;
        return span;
    }
}
