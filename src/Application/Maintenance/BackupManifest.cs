namespace Pipeline.Maintenance;

/// <summary>What a backup holds, written beside it as <c>backup.json</c> and checked on restore.</summary>
/// <param name="CreatedAt">When it was taken.</param>
/// <param name="Articles">Articles in the database copy.</param>
/// <param name="StoreSequence">The highest store sequence in the database copy.</param>
/// <param name="IndexDocuments">Documents in the index copy.</param>
/// <param name="IndexSequence">The store sequence the index copy holds (never above <paramref name="StoreSequence"/>).</param>
/// <param name="IndexFiles">Files of the index commit copied.</param>
public sealed record BackupManifest(DateTimeOffset CreatedAt, int Articles, long StoreSequence, int IndexDocuments, long IndexSequence, int IndexFiles);
