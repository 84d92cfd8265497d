namespace Pipeline.Storage;

/// <summary>How a command opens the stores.</summary>
public enum StoreAccess
{
    /// <summary>Creates the database (or schema) when missing and migrates it: commands that write (crawl, demo, the daemon).</summary>
    Create,

    /// <summary>Requires an existing database and migrates it: commands that change what is stored (index, reextract, trends).</summary>
    Existing,

    /// <summary>Requires an existing database; a SQLite copy in a directory that cannot be written is opened read-only.</summary>
    Read,
}
