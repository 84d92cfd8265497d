using Lucene.Net.Store;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Storage;

public sealed class PositionalReadDirectoryTests
{
    private const long Resident = 1 << 20;

    [Fact]
    public void OpenInput_WithinBudget_HoldsTheFileInMemory()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, Resident);
        Write(directory, "_0.doc", 10_000);

        using var input = directory.OpenInput("_0.doc", IOContext.DEFAULT);

        Assert.Equal(10_000, directory.ResidentBytes);
        Assert.StartsWith("ResidentIndexInput", input.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OpenInput_BeyondBudget_ReadsFromDisk()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, 15_000);
        Write(directory, "_0.doc", 10_000);
        Write(directory, "_0.tim", 10_000);

        using var first = directory.OpenInput("_0.doc", IOContext.DEFAULT);
        using var second = directory.OpenInput("_0.tim", IOContext.DEFAULT);

        Assert.Equal(10_000, directory.ResidentBytes);
        Assert.StartsWith("PositionalIndexInput", second.ToString(), StringComparison.Ordinal);
        second.Seek(9_999);
        second.ReadByte();
    }

    [Theory]
    [InlineData("_0.fdt", "default")]
    [InlineData("_0.tvd", "default")]
    [InlineData("_0.doc", "merge")]
    [InlineData("_0.doc", "once")]
    public void OpenInput_StoredTextMergesAndSingleReads_StayOnDisk(string name, string context)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, Resident);
        Write(directory, name, 1_000);
        var ioContext = context switch
        {
            "merge" => new IOContext(new MergeInfo(1, 1_000, isExternal: false, mergeMaxNumSegments: 1)),
            "once" => IOContext.READ_ONCE,
            _ => IOContext.DEFAULT,
        };

        using var input = directory.OpenInput(name, ioContext);

        Assert.Equal(0, directory.ResidentBytes);
        Assert.Equal(1_000, input.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void ReadNumbers_WrittenByLucene_ReadBackTheSame(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        int[] ints = [0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue];
        long[] longs = [0, 1, 127, 128, 1L << 35, long.MaxValue];
        using (var output = directory.CreateOutput("n.bin", IOContext.DEFAULT))
        {
            foreach (var value in ints)
            {
                output.WriteInt32(value);
                output.WriteVInt32(value);
            }

            foreach (var value in longs)
            {
                output.WriteInt64(value);
                output.WriteVInt64(value);
            }

            output.WriteInt16(short.MinValue);
        }

        using var input = directory.OpenInput("n.bin", IOContext.DEFAULT);
        foreach (var value in ints)
        {
            Assert.Equal(value, input.ReadInt32());
            Assert.Equal(value, input.ReadVInt32());
        }

        foreach (var value in longs)
        {
            Assert.Equal(value, input.ReadInt64());
            Assert.Equal(value, input.ReadVInt64());
        }

        Assert.Equal(short.MinValue, input.ReadInt16());
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
    }

    [Fact]
    public void ReadVInt32_MoreThanFiveBytes_ThrowsIOException()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, Resident);
        using (var output = directory.CreateOutput("bad.bin", IOContext.DEFAULT))
        {
            output.WriteBytes([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], 0, 6);
        }

        using var input = directory.OpenInput("bad.bin", IOContext.DEFAULT);

        Assert.Throws<IOException>(() => input.ReadVInt32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void OpenInput_WrittenFile_ReadsBackEveryByteAcrossBufferRefills(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        var bytes = Write(directory, "f.bin", 10_000);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        var read = new byte[bytes.Length];
        for (var i = 0; i < 5_000; i++)
        {
            read[i] = input.ReadByte();
        }

        input.ReadBytes(read, 5_000, bytes.Length - 5_000);
        Assert.Equal(bytes.Length, input.Length);
        Assert.Equal(bytes, read);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void Seek_BackAndForth_ReadsTheByteAtEachPosition(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        var bytes = Write(directory, "f.bin", 50_000);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        foreach (var position in new[] { 49_999, 0, 1_024, 1_023, 30_000, 7 })
        {
            input.Seek(position);
            Assert.Equal(bytes[position], input.ReadByte());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void ReadBytes_PastTheEnd_ThrowsEndOfStream(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        Write(directory, "f.bin", 100);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        input.Seek(90);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[20], 0, 20));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void Clone_DisposedBeforeOriginal_OriginalStillReads(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        var bytes = Write(directory, "f.bin", 5_000);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        using (var clone = (IndexInput)input.Clone())
        {
            clone.Seek(4_000);
            Assert.Equal(bytes[4_000], clone.ReadByte());
        }

        input.Seek(4_500);
        Assert.Equal(bytes[4_500], input.ReadByte());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public void CreateSlicer_Slice_ReadsOnlyItsRangeFromPositionZero(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        var bytes = Write(directory, "f.bin", 8_000);

        using var slicer = directory.CreateSlicer("f.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 3_000, 2_000);
        var read = new byte[2_000];
        slice.ReadBytes(read, 0, read.Length);
        Assert.Equal(2_000, slice.Length);
        Assert.Equal(bytes.AsSpan(3_000, 2_000).ToArray(), read);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Resident)]
    public async Task Clones_ReadFromManyThreads_EachSeesItsOwnPositions(long residentBytes)
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path, residentBytes);
        var bytes = Write(directory, "f.bin", 200_000);
        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);

        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            using var clone = (IndexInput)input.Clone();
            var random = new Random(worker);
            for (var i = 0; i < 2_000; i++)
            {
                var position = random.Next(bytes.Length);
                clone.Seek(position);
                if (clone.ReadByte() != bytes[position])
                {
                    return false;
                }
            }

            return true;
        }));

        Assert.All(await Task.WhenAll(workers), Assert.True);
    }

    private static byte[] Write(Lucene.Net.Store.Directory directory, string name, int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, 0, bytes.Length);
        return bytes;
    }
}
