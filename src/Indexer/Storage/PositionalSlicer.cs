using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Indexer.Storage;

/// <summary>Opens the parts of a compound file as slices of one handle, which the slicer closes.</summary>
internal sealed class PositionalSlicer(string file, SafeFileHandle handle, int bufferSize) : Lucene.Net.Store.Directory.IndexInputSlicer
{
    public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
        new PositionalIndexInput($"PositionalIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", handle, ownsHandle: false, offset, length, bufferSize);

    [Obsolete("Only for reading compound files of 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            handle.Dispose();
        }
    }
}
