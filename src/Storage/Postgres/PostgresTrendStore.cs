using System.Data.Common;

namespace Pipeline.Storage.Postgres;

/// <summary>The trend store on PostgreSQL: the same grouped SQL as on SQLite, over the fact tables the article store writes.</summary>
/// <param name="database">The database.</param>
internal sealed class PostgresTrendStore(PostgresDatabase database) : SqlTrendStore
{
    /// <inheritdoc />
    // Npgsql reads rows from the network: a synchronous read would block a thread on the socket.
    protected override bool ReadsSynchronously => false;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await database.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    // PostgreSQL's NUMERIC is exact and arrives as a decimal.
    protected override decimal Amount(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);
}
