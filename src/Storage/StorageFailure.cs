using Microsoft.Data.Sqlite;

namespace Pipeline.Storage;

/// <summary>
/// Turns the errors of a data directory that cannot be written (read-only file system, missing permission, a path
/// that is not a file) into one sentence that names the directory, the file and the cause.
/// </summary>
public static class StorageFailure
{
    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;
    private const int SqliteFull = 13;

    // ENOSPC as .NET reports it on Unix (the raw errno), and ERROR_HANDLE_DISK_FULL / ERROR_DISK_FULL on Windows.
    private const int NoSpaceErrno = 28;
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>Whether <paramref name="exception"/> says a file of the database could not be opened or written.</summary>
    /// <param name="exception">The database error.</param>
    /// <returns>True for permission, read-only, I/O and cannot-open errors.</returns>
    public static bool IsUnwritable(SqliteException exception) =>
        exception.SqliteErrorCode is SqlitePermission or SqliteReadOnly or SqliteIoError or SqliteCantOpen;

    /// <summary>Whether <paramref name="exception"/>, or one it wraps, says the disk is full (SQLite, the raw archive or the index).</summary>
    /// <param name="exception">Any error.</param>
    /// <returns>True for SQLITE_FULL and for "no space left on device".</returns>
    public static bool IsDiskFull(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: SqliteFull } || current is IOException { HResult: NoSpaceErrno or WindowsHandleDiskFull or WindowsDiskFull })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one line a user reads when the disk is full: the cause, and what to do.</summary>
    /// <param name="exception">The error <see cref="IsDiskFull"/> recognised.</param>
    /// <returns>The line, without the "error: " prefix.</returns>
    public static string DiskFull(Exception exception) =>
        $"no space left on the disk of the data directory ({OneLine(exception.Message)}); free some space and run again: the next run resumes where this one stopped.";

    /// <summary>The error for a database whose files cannot be opened or written.</summary>
    /// <param name="databasePath">The database file.</param>
    /// <param name="exception">The database error.</param>
    /// <returns>The exception to throw.</returns>
    public static StorageException Database(string databasePath, SqliteException exception)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath)) ?? databasePath;
        return new StorageException($"The data directory {directory} is read-only or cannot be written (cannot write {UnwritableFile(databasePath)}): {OneLine(exception.Message)}", exception);
    }

    /// <summary>The error for a run lock file that cannot be created or opened.</summary>
    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="lockFile">The lock file's name.</param>
    /// <param name="exception">The file system error.</param>
    /// <returns>The exception to throw.</returns>
    public static StorageException LockFile(string dataDirectory, string lockFile, Exception exception) =>
        new($"The data directory {dataDirectory} is read-only or cannot be written (cannot create the lock file {lockFile}): {OneLine(exception.Message)}", exception);

    /// <summary>
    /// Which of the database's files is at fault. SQLite only says "unable to open database file"; the WAL mode needs
    /// the main file, <c>-wal</c> and <c>-shm</c> to be writable, and the directory to create the latter two in.
    /// </summary>
    private static string UnwritableFile(string databasePath)
    {
        var name = System.IO.Path.GetFileName(databasePath);
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            var path = databasePath + suffix;
            if (Directory.Exists(path))
            {
                return name + suffix + ", which is a directory";
            }

            if (File.Exists(path) && !CanWrite(path))
            {
                return name + suffix;
            }
        }

        return File.Exists(databasePath + "-wal") ? name + "-shm" : name + "-wal";
    }

    private static bool CanWrite(string path)
    {
        try
        {
            // Opening for writing truncates nothing and changes nothing; it only asks the file system.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
