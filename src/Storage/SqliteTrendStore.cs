using System.Data.Common;

namespace Pipeline.Storage;

/// <summary>The trend store on SQLite.</summary>
/// <param name="database">The database.</param>
public sealed class SqliteTrendStore(PipelineDatabase database) : SqlTrendStore
{
    /// <inheritdoc />
    // Microsoft.Data.Sqlite reads synchronously whatever the API.
    protected override bool ReadsSynchronously => true;

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await database.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    // SQLite keeps NUMERIC amounts as integers or doubles, whole numbers or short decimals well inside a double's exact
    // range; GetDecimal would parse text.
    protected override decimal Amount(DbDataReader reader, int ordinal) => (decimal)reader.GetDouble(ordinal);
}
