namespace Pipeline.Storage;

/// <summary>The layout of a data directory: the database, the index, and (later) the raw archive.</summary>
/// <param name="Root">The directory.</param>
public sealed record DataDirectory(string Root)
{
    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => System.IO.Path.Combine(Root, "pipeline.db");

    /// <summary>The Lucene index directory.</summary>
    public string IndexPath => System.IO.Path.Combine(Root, "index");

    /// <summary>The raw archive: WARC/1.1 files of every response.</summary>
    public string RawPath => System.IO.Path.Combine(Root, "raw");

    /// <summary>A topic model trained here with <c>pipeline train</c>; when present it replaces the shipped one.</summary>
    public string TopicModelPath => System.IO.Path.Combine(Root, "models", "topics.zip");

    /// <summary>Creates the directory when missing.</summary>
    /// <exception cref="StorageException">The path exists as a file or cannot be created.</exception>
    public void EnsureExists()
    {
        if (File.Exists(Root))
        {
            throw new StorageException($"The data directory {Root} is a file, not a directory. Pass --data-dir with a directory path.");
        }

        try
        {
            Directory.CreateDirectory(Root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The data directory {Root} cannot be created: {ex.Message}", ex);
        }
    }

    /// <summary>Fails clearly when the directory does not exist, for commands that only read.</summary>
    /// <exception cref="StorageException">The directory is missing.</exception>
    public void RequireExisting()
    {
        if (!Directory.Exists(Root))
        {
            throw new StorageException($"There is no data directory at {Root}. Run `pipeline demo` or `pipeline crawl` first, or pass --data-dir (or set PIPELINE_DATA_DIR).");
        }
    }
}
