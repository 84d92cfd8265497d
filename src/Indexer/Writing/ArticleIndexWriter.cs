using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Indexer.Schema;

namespace Pipeline.Indexer.Writing;

/// <summary>
/// The one writer of an index directory. Documents are replaced by article id, so indexing is
/// idempotent; each commit records the last store sequence it contains, so after a crash indexing
/// resumes from the last commit.
/// </summary>
public sealed class ArticleIndexWriter : IDisposable
{
    private readonly FSDirectory directory;
    private readonly IndexWriter writer;

    /// <summary>Opens or creates the index in <paramref name="path"/>.</summary>
    /// <param name="path">The index directory.</param>
    /// <exception cref="IndexUnavailableException">The directory holds a damaged index or is locked by another writer.</exception>
    public ArticleIndexWriter(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        System.IO.Directory.CreateDirectory(path);
        // Not MMapDirectory: in this Lucene.Net version the memory-mapped one can crash under concurrent search and is
        // slow under parallel load (https://github.com/apache/lucenenet/issues/1013 and /issues/1151, fixed upstream
        // by https://github.com/apache/lucenenet/pull/1373 after 4.8.0-beta00017).
        directory = Storage.PositionalReadDirectory.At(path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, IndexAnalyzers.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (Exception ex) when (ex is CorruptIndexException or LockObtainFailedException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException)
        {
            directory.Dispose();
            throw new IndexUnavailableException($"The index at {path} cannot be opened for writing: {ex.Message}", ex);
        }
    }

    /// <summary>The store sequence recorded by the last commit; 0 for a new index.</summary>
    public long CommittedSequence =>
        writer.CommitData.TryGetValue(IndexFields.StoreSequenceKey, out var value) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;

    /// <summary>
    /// True when the last commit was written with an older <see cref="IndexFields.SchemaVersion"/>: its documents
    /// lack fields this build searches, so the index must be rebuilt from the store, not extended.
    /// </summary>
    public bool HoldsOlderSchema => IsOlderSchema(writer.CommitData);

    /// <summary>Documents in the index, pending deletions excluded.</summary>
    public int Count => writer.NumDocs;

    /// <summary>Adds or replaces articles by id; not visible to searchers before <see cref="Commit"/>.</summary>
    /// <param name="articles">The articles.</param>
    /// <returns>How many were written.</returns>
    public int Upsert(IEnumerable<IndexedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var count = 0;
        foreach (var article in articles)
        {
            writer.UpdateDocument(new Term(IndexFields.Id, article.Id), DocumentMapper.ToDocument(article));
            count++;
        }

        return count;
    }

    /// <summary>Makes everything written so far durable and records <paramref name="storeSequence"/> with it.</summary>
    /// <param name="storeSequence">The highest store sequence now in the index.</param>
    public void Commit(long storeSequence)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [IndexFields.StoreSequenceKey] = storeSequence.ToString(CultureInfo.InvariantCulture),
            [IndexFields.SchemaVersionKey] = IndexFields.SchemaVersion.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    /// <summary>
    /// Merges the index into one segment and commits it, keeping the last commit's sequence and schema. A search
    /// sets up its scorers and term lookups once per segment, so fewer segments make searches cheaper, and nightly
    /// batches would otherwise pile up tens of small ones. The price is rewriting the index, paid once per indexing
    /// run, after its last commit, so searchers never wait for it.
    /// </summary>
    public void Compact()
    {
        writer.ForceMerge(1);
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData, StringComparer.Ordinal));
        writer.Commit();
    }

    /// <summary>
    /// True when <paramref name="path"/> holds an index this build must rebuild rather than extend: its last commit
    /// records an older <see cref="IndexFields.SchemaVersion"/>, its segments name a codec this build does not
    /// read (indexes of schema 4 and before were written with a codec of their own), or no commit can be read at all
    /// (Lucene 4.8 writes segments_N in place, so a process killed while writing the first commit leaves it cut
    /// short, and Lucene falls back only to an older commit, of which there is none). False when there is no index.
    /// </summary>
    /// <param name="path">The index directory.</param>
    /// <returns>Whether the index must be rebuilt from the store.</returns>
    public static bool HoldsOlderIndex(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = Storage.PositionalReadDirectory.At(path);
        if (!DirectoryReader.IndexExists(directory))
        {
            return false;
        }

        var commit = new SegmentInfos();
        try
        {
            commit.Read(directory);
        }
        catch (ArgumentException)
        {
            // Lucene names the codec of each segment and throws this when it knows no codec by that name.
            return true;
        }
        catch (IOException)
        {
            // EndOfStreamException and CorruptIndexException: the index is derived data, rebuilt from the store.
            return true;
        }

        return IsOlderSchema(commit.UserData);
    }

    /// <summary>The schema version a commit's user data records; 1 when it records none (written before versions existed).</summary>
    /// <param name="commitData">The commit's user data.</param>
    /// <returns>The version.</returns>
    internal static int SchemaVersionOf(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(IndexFields.SchemaVersionKey, out var value) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            ? version
            : 1;

    /// <summary>Whether a commit with this user data was written with an older schema (an empty index never is).</summary>
    /// <param name="commitData">The commit's user data.</param>
    /// <returns>True when the index must be rebuilt.</returns>
    internal static bool IsOlderSchema(IDictionary<string, string> commitData) =>
        commitData.Count > 0 && SchemaVersionOf(commitData) < IndexFields.SchemaVersion;

    /// <inheritdoc />
    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }
}
