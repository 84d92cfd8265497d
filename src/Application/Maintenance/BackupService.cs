using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Maintenance;

/// <summary>
/// <c>pipeline backup</c> and <c>pipeline restore</c>. A backup is a directory: <c>pipeline.db</c> (SQLite's
/// VACUUM INTO, a consistent copy taken while runs go on), <c>index/</c> (the last index commit) and
/// <c>backup.json</c>. The index is copied first, under its write lock, and the database while that lock is
/// still held, so the index copy never holds a store sequence the database copy lacks: after a restore the next
/// run only has to catch up, never to forget.
/// </summary>
/// <param name="data">The data directory.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="storeOptions">Which database holds the stores; SQLite in the data directory when null.</param>
public sealed class BackupService(DataDirectory data, TimeProvider timeProvider, StoreOptions? storeOptions = null)
{
    /// <summary>How long a backup waits for a run's indexing to let go of the index.</summary>
    public static readonly TimeSpan IndexLockWait = TimeSpan.FromMinutes(2);

    /// <summary>The manifest's file name inside a backup directory.</summary>
    public const string ManifestName = "backup.json";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Copies the database and the index into <paramref name="target"/> and writes the manifest.</summary>
    /// <param name="target">The backup directory; it must not exist or be empty.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>The manifest written.</returns>
    public async Task<BackupManifest> BackupAsync(string target, CancellationToken cancellationToken = default)
    {
        data.RequireExisting();
        var database = (await StoreFactory.OpenAsync(storeOptions ?? new StoreOptions(), data, StoreAccess.Existing, timeProvider, cancellationToken)).RequireSqlite("`pipeline backup`");
        target = Path.GetFullPath(target);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new StorageException($"The backup directory {target} is not empty; give a new or empty directory.");
        }

        var indexTarget = Path.Combine(target, "index");
        Directory.CreateDirectory(indexTarget);
        var databaseTarget = Path.Combine(target, "pipeline.db");
        var files = 0;
        if (ArticleSearcher.Exists(data.IndexPath))
        {
            files = await IndexSnapshot.CopyLastCommitAsync(data.IndexPath, indexTarget, IndexLockWait, () => database.VacuumIntoAsync(databaseTarget, cancellationToken));
        }
        else
        {
            await database.VacuumIntoAsync(databaseTarget, cancellationToken);
        }

        var manifest = await VerifyAsync(target, timeProvider.GetUtcNow(), files, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(target, ManifestName), JsonSerializer.Serialize(manifest, ManifestJson), cancellationToken);
        return manifest;
    }

    /// <summary>Replaces the data directory's database and index with a backup's; the current ones are kept aside.</summary>
    /// <param name="source">The backup directory.</param>
    /// <param name="force">Replace an existing database.</param>
    /// <param name="cancellationToken">Stops before files are moved.</param>
    /// <returns>The restored backup's manifest.</returns>
    public async Task<BackupManifest> RestoreAsync(string source, bool force, CancellationToken cancellationToken = default)
    {
        if (storeOptions is { IsPostgres: true })
        {
            throw new StorageException("`pipeline restore` writes a SQLite data directory and works with Store:Provider \"sqlite\" only; restore a PostgreSQL database with the server's own tools (pg_restore).");
        }

        source = Path.GetFullPath(source);
        var manifestPath = Path.Combine(source, ManifestName);
        if (!File.Exists(manifestPath))
        {
            throw new StorageException($"{source} is not a pipeline backup: it has no {ManifestName}.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), ManifestJson)
            ?? throw new StorageException($"{manifestPath} is empty.");
        var check = await VerifyAsync(source, manifest.CreatedAt, manifest.IndexFiles, cancellationToken);
        if (check != manifest)
        {
            throw new StorageException($"The backup in {source} does not match its {ManifestName} (expected {manifest}, found {check}); it is damaged or was changed.");
        }

        data.EnsureExists();
        using var runLock = await Running.RunLock.TryAcquireAsync(data.Root, Running.PipelineRunner.LockWait, timeProvider, cancellationToken)
            ?? throw new Running.RunInProgressException($"A run is in progress on {data.Root}; stop the daemon (and any `pipeline crawl`) before restoring.");
        if (File.Exists(data.DatabasePath) && !force)
        {
            throw new StorageException($"{data.DatabasePath} exists; pass --force to replace it (the current database and index are kept beside them as *.before-restore-<time>).");
        }

        SqliteConnection.ClearAllPools();
        var stamp = ".before-restore-" + timeProvider.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        // The write-ahead log belongs to the old file: left beside the restored one, SQLite would replay it into it.
        foreach (var path in new[] { data.DatabasePath, data.DatabasePath + "-wal", data.DatabasePath + "-shm" })
        {
            if (File.Exists(path))
            {
                File.Move(path, path + stamp);
            }
        }

        if (Directory.Exists(data.IndexPath))
        {
            Directory.Move(data.IndexPath, data.IndexPath + stamp);
        }

        File.Copy(Path.Combine(source, "pipeline.db"), data.DatabasePath);
        Directory.CreateDirectory(data.IndexPath);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "index")))
        {
            File.Copy(file, Path.Combine(data.IndexPath, Path.GetFileName(file)));
        }

        return manifest;
    }

    // Read-only and unpooled, so checking a backup leaves no journal files in it.
    private static async Task<BackupManifest> VerifyAsync(string directory, DateTimeOffset createdAt, int indexFiles, CancellationToken cancellationToken)
    {
        var databasePath = Path.Combine(directory, "pipeline.db");
        if (!File.Exists(databasePath))
        {
            throw new StorageException($"The backup in {directory} has no pipeline.db.");
        }

        int articles;
        long sequence;
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check";
            if (await check.ExecuteScalarAsync(cancellationToken) as string is not "ok" and var problem)
            {
                throw new StorageException($"The database copy {databasePath} is damaged: {problem}");
            }

            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles";
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            articles = reader.GetInt32(0);
            sequence = reader.GetInt64(1);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"The database copy {databasePath} cannot be read: {ex.Message}", ex);
        }

        var indexPath = Path.Combine(directory, "index");
        if (!ArticleSearcher.Exists(indexPath))
        {
            return new BackupManifest(createdAt, articles, sequence, 0, 0, indexFiles);
        }

        try
        {
            using var searcher = ArticleSearcher.Open(indexPath);
            return new BackupManifest(createdAt, articles, sequence, searcher.Count, searcher.CommittedSequence, indexFiles);
        }
        catch (IndexUnavailableException ex)
        {
            throw new StorageException($"The index copy in {indexPath} cannot be opened: {ex.Message}", ex);
        }
    }
}
