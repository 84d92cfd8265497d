using Lucene.Net.Store;
using Pipeline.Indexer.Storage;

namespace Pipeline.Indexer.Tests.Storage;

public sealed class PositionalReadDirectoryTests
{
    [Fact]
    public void OpenInput_WrittenFile_ReadsBackEveryByteAcrossBufferRefills()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        var bytes = Write(directory, "f.bin", 10_000);

        using var input = directory.OpenInput("f.bin", IOContext.READ_ONCE);
        var read = new byte[bytes.Length];
        for (var i = 0; i < 5_000; i++)
        {
            read[i] = input.ReadByte();
        }

        input.ReadBytes(read, 5_000, bytes.Length - 5_000);
        Assert.Equal(bytes.Length, input.Length);
        Assert.Equal(bytes, read);
    }

    [Fact]
    public void Seek_BackAndForth_ReadsTheByteAtEachPosition()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        var bytes = Write(directory, "f.bin", 50_000);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        foreach (var position in new[] { 49_999, 0, 1_024, 1_023, 30_000, 7 })
        {
            input.Seek(position);
            Assert.Equal(bytes[position], input.ReadByte());
        }
    }

    [Fact]
    public void ReadBytes_PastTheEnd_ThrowsEndOfStream()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        Write(directory, "f.bin", 100);

        using var input = directory.OpenInput("f.bin", IOContext.DEFAULT);
        input.Seek(90);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[20], 0, 20));
    }

    [Fact]
    public void Clone_DisposedBeforeOriginal_OriginalStillReads()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
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

    [Fact]
    public void CreateSlicer_Slice_ReadsOnlyItsRangeFromPositionZero()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
        var bytes = Write(directory, "f.bin", 8_000);

        using var slicer = directory.CreateSlicer("f.bin", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 3_000, 2_000);
        var read = new byte[2_000];
        slice.ReadBytes(read, 0, read.Length);
        Assert.Equal(2_000, slice.Length);
        Assert.Equal(bytes.AsSpan(3_000, 2_000).ToArray(), read);
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
    }

    [Fact]
    public async Task Clones_ReadFromManyThreads_EachSeesItsOwnPositions()
    {
        using var temp = new TempDirectory();
        using var directory = PositionalReadDirectory.At(temp.Path);
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
