using Npgsql;
using NpgsqlTypes;

namespace Pipeline.Storage.Postgres;

/// <summary>Display names of partner keys from the trend fact tables on PostgreSQL, as <see cref="SqlitePartnerNames"/> reads them.</summary>
/// <param name="database">The database.</param>
internal sealed class PostgresPartnerNames(PostgresDatabase database) : IPartnerNames
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return names;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT partner_key, name, COUNT(*) AS mentions FROM article_partners
            WHERE role = 'partner' AND partner_key = ANY(@keys)
            GROUP BY partner_key, name ORDER BY partner_key, mentions DESC, name
            """,
            connection);
        command.Parameters.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.TryAdd(reader.GetString(0), reader.GetString(1));
        }

        return names;
    }
}
