using Lucene.Net.Store;

namespace Pipeline.Indexer.Storage;

/// <summary>Slices of a compound file held in memory (see <see cref="ResidentIndexInput"/>).</summary>
/// <param name="file">The file's path, for errors.</param>
/// <param name="data">The whole file.</param>
internal sealed class ResidentSlicer(string file, byte[] data) : Lucene.Net.Store.Directory.IndexInputSlicer
{
    /// <inheritdoc />
    public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
        offset < 0 || length < 0 || offset > data.Length - length
            ? throw new EndOfStreamException($"The slice {sliceDescription} ({offset}:{offset + length}) lies past the end of {file}.")
            : new ResidentIndexInput($"ResidentIndexInput({sliceDescription} in path=\"{file}\" slice={offset}:{offset + length})", data, (int)offset, (int)length);

    /// <inheritdoc />
    [Obsolete("Only for reading compound files of 3.x indexes.")]
    public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, data.Length);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
    }
}
