using Microsoft.Data.Sqlite;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests;

public sealed class StorageFailureTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task OpenAsync_WalFileIsADirectory_ThrowsStorageExceptionNamingDirectoryAndFile()
    {
        const string suffix = "-wal";
        // A directory in the side file's place fails every open for writing, for root too (root ignores chmod).
        var path = temp.Combine("pipeline.db");
        _ = await PipelineDatabase.OpenAsync(path, create: true, TimeProvider.System);
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(path + suffix);

        var error = await Assert.ThrowsAsync<StorageException>(() => PipelineDatabase.OpenAsync(path, create: false, TimeProvider.System));

        Assert.Contains($"The data directory {temp.Path} ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"pipeline.db{suffix}, which is a directory", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task OpenForReadingAsync_WalFileIsADirectory_ReadsTheDatabaseReadOnly()
    {
        var path = temp.Combine("pipeline.db");
        _ = await PipelineDatabase.OpenAsync(path, create: true, TimeProvider.System);
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(path + "-wal");

        var database = await PipelineDatabase.OpenForReadingAsync(path, TimeProvider.System);

        await using var connection = await database.OpenConnectionAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT COUNT(*) FROM schema_version";
        Assert.True(Convert.ToInt32(await read.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        await using var write = connection.CreateCommand();
        write.CommandText = "DELETE FROM schema_version";
        Assert.Throws<SqliteException>(() => write.ExecuteNonQuery());
    }

    [Fact]
    public void IsUnwritable_ReadOnlyAndCorruptCodes_TellApart()
    {
        Assert.True(StorageFailure.IsUnwritable(new SqliteException("readonly", 8)));
        Assert.True(StorageFailure.IsUnwritable(new SqliteException("cantopen", 14)));
        Assert.False(StorageFailure.IsUnwritable(new SqliteException("corrupt", 11)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }
}
