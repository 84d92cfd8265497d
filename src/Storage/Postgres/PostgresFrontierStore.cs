using Npgsql;
using NpgsqlTypes;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage.Postgres;

/// <summary>The frontier on PostgreSQL; every call is its own committed transaction, as in <see cref="SqliteFrontierStore"/>.</summary>
/// <param name="database">The database.</param>
internal sealed class PostgresFrontierStore(PostgresDatabase database) : IPipelineFrontierStore
{
    /// <inheritdoc />
    public async Task<int> AddDiscoveredAsync(string source, IReadOnlyCollection<DiscoveredLink> links, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO frontier (url, source, host, state, attempts, discovered_at, listed_published)
            VALUES (@url, @source, @host, 'discovered', 0, @now, @published)
            ON CONFLICT (url) DO NOTHING
            """,
            connection,
            transaction);
        var url = command.Parameters.Add("url", NpgsqlDbType.Text);
        var host = command.Parameters.Add("host", NpgsqlDbType.Text);
        var published = command.Parameters.Add("published", NpgsqlDbType.TimestampTz);
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        // A listing that now dates a fetched article later than before is the one reason to fetch it again (conditionally).
        await using var refresh = new NpgsqlCommand(
            """
            UPDATE frontier SET state = 'discovered', listed_published = @published, attempts = 0
            WHERE url = @url AND state IN ('fetched', 'unchanged')
              AND listed_published IS NOT NULL AND listed_published < @published
            """,
            connection,
            transaction);
        var refreshUrl = refresh.Parameters.Add("url", NpgsqlDbType.Text);
        var refreshPublished = refresh.Parameters.Add("published", NpgsqlDbType.TimestampTz);
        var added = 0;
        foreach (var link in links)
        {
            url.Value = link.Url.AbsoluteUri;
            host.Value = link.Url.Host;
            published.Value = link.Published is { } at ? at.ToUniversalTime() : DBNull.Value;
            var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
            added += inserted;
            if (inserted == 0 && link.Published is not null)
            {
                refreshUrl.Value = url.Value;
                refreshPublished.Value = published.Value;
                await refresh.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        // Every host of the frontier has its lease row, so that nodes find free hosts by locking rows that exist.
        await using var hosts = new NpgsqlCommand("INSERT INTO host_leases (host) SELECT DISTINCT unnest(@hosts) ON CONFLICT (host) DO NOTHING", connection, transaction);
        hosts.Parameters.AddWithValue("hosts", NpgsqlDbType.Array | NpgsqlDbType.Text, links.Select(l => l.Url.Host).Distinct(StringComparer.Ordinal).ToArray());
        await hosts.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> GetDueAsync(string source, DateTimeOffset now, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT url, source, state, attempts, etag, last_modified FROM frontier
            WHERE source = @source
              AND (state = 'discovered' OR (state = 'failed' AND attempts < @max AND (next_fetch_at IS NULL OR next_fetch_at <= @now)))
            ORDER BY discovered_at, url
            LIMIT @limit
            """,
            connection);
        command.Parameters.AddWithValue("source", source);
        command.Parameters.AddWithValue("max", maxAttempts);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await FrontierRows.ReadAllAsync(reader, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordAsync(FrontierUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE frontier
            SET state = @state, reason = @reason, attempts = attempts + 1, last_attempt_at = @at,
                next_fetch_at = @next, content_hash = COALESCE(@hash, content_hash), duplicate_of = @duplicate,
                etag = COALESCE(@etag, etag), last_modified = COALESCE(@lastModified, last_modified)
            WHERE url = @url
            """,
            connection);
        var p = command.Parameters;
        p.AddWithValue("state", FrontierStates.ToText(update.State));
        p.AddWithValue("reason", NpgsqlDbType.Text, (object?)update.Reason ?? DBNull.Value);
        p.AddWithValue("at", update.At.ToUniversalTime());
        p.AddWithValue("next", NpgsqlDbType.TimestampTz, update.NextFetchAt is { } next ? next.ToUniversalTime() : DBNull.Value);
        p.AddWithValue("hash", NpgsqlDbType.Text, (object?)update.ContentHash ?? DBNull.Value);
        p.AddWithValue("duplicate", NpgsqlDbType.Text, (object?)update.DuplicateOf ?? DBNull.Value);
        p.AddWithValue("etag", NpgsqlDbType.Text, (object?)update.ETag ?? DBNull.Value);
        p.AddWithValue("lastModified", NpgsqlDbType.Text, (object?)update.LastModified ?? DBNull.Value);
        p.AddWithValue("url", update.Url.AbsoluteUri);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM frontier WHERE source = @source LIMIT 1", connection);
        command.Parameters.AddWithValue("source", source);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT state, COUNT(*)::integer FROM frontier GROUP BY state ORDER BY state", connection);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, int>> CountDiscoveredBySourceAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT source, COUNT(*)::integer FROM frontier WHERE state = 'discovered' GROUP BY source", connection);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
