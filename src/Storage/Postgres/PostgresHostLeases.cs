using Npgsql;
using NpgsqlTypes;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// Host leases in the host_leases table of migration 9. A free host is taken with <c>FOR UPDATE SKIP LOCKED</c>, so
/// nodes asking together get different hosts without waiting for each other; every change is one statement, so a lease
/// is held by one node or none.
/// </summary>
/// <param name="database">The database.</param>
internal sealed class PostgresHostLeases(PostgresDatabase database) : IHostLeases
{
    private const string Due = """
        f.source = ANY(@sources)
        AND (f.state = 'discovered' OR (f.state = 'failed' AND f.attempts < @max AND (f.next_fetch_at IS NULL OR f.next_fetch_at <= @due)))
        """;

    /// <inheritdoc />
    public async Task<HostLease?> TryLeaseDueHostAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE host_leases SET node = @node, expires_at = @expires
            WHERE host = (
                SELECT l.host FROM host_leases l
                WHERE (l.node IS NULL OR l.expires_at <= @now) AND l.host <> ALL(@exclude)
                  AND EXISTS (SELECT 1 FROM frontier f WHERE f.host = l.host AND {Due})
                ORDER BY l.host
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING host, expires_at, next_allowed_at
            """,
            connection);
        AddDue(command, sources, dueBy, maxAttempts);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("expires", (now + duration).ToUniversalTime());
        command.Parameters.AddWithValue("exclude", NpgsqlDbType.Array | NpgsqlDbType.Text, exclude.ToArray());
        return await ReadLeaseAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<HostLease?> TryLeaseHostAsync(string node, string host, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The row lock of ON CONFLICT DO UPDATE makes the check and the take one step: of two nodes asking together,
        // the second sees the first's lease and gets no row back.
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO host_leases AS l (host, node, expires_at) VALUES (@host, @node, @expires)
            ON CONFLICT (host) DO UPDATE SET node = EXCLUDED.node, expires_at = EXCLUDED.expires_at
            WHERE l.node IS NULL OR l.expires_at <= @now OR l.node = EXCLUDED.node
            RETURNING host, expires_at, next_allowed_at
            """,
            connection);
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("expires", (now + duration).ToUniversalTime());
        return await ReadLeaseAsync(command, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyCollection<string>> RenewAsync(string node, IReadOnlyCollection<string> hosts, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "UPDATE host_leases SET expires_at = @expires WHERE host = ANY(@hosts) AND node = @node RETURNING host",
            connection);
        command.Parameters.AddWithValue("hosts", NpgsqlDbType.Array | NpgsqlDbType.Text, hosts.ToArray());
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("expires", expiresAt.ToUniversalTime());
        var held = new List<string>(hosts.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            held.Add(reader.GetString(0));
        }

        return held;
    }

    /// <inheritdoc />
    public async Task ReleaseAsync(string node, string host, DateTimeOffset? nextAllowedAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            UPDATE host_leases SET node = NULL, expires_at = NULL,
                next_allowed_at = CASE WHEN next_allowed_at IS NULL OR next_allowed_at < @next THEN @next ELSE next_allowed_at END
            WHERE host = @host AND node = @node
            """,
            connection);
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("next", NpgsqlDbType.TimestampTz, nextAllowedAt is { } next ? next.ToUniversalTime() : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> GetDueOnHostAsync(string host, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT f.url, f.source, f.state, f.attempts, f.etag, f.last_modified FROM frontier f
            WHERE f.host = @host AND {Due}
            ORDER BY f.discovered_at, f.url
            LIMIT @limit
            """,
            connection);
        AddDue(command, sources, dueBy, maxAttempts);
        command.Parameters.AddWithValue("host", host);
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await FrontierRows.ReadAllAsync(reader, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> NextExpiryAsync(string node, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts, IReadOnlyCollection<string> exclude, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT MIN(l.expires_at) FROM host_leases l
            WHERE l.node IS NOT NULL AND l.node <> @node AND l.expires_at > @now AND l.host <> ALL(@exclude)
              AND EXISTS (SELECT 1 FROM frontier f WHERE f.host = l.host AND {Due})
            """,
            connection);
        AddDue(command, sources, dueBy, maxAttempts);
        command.Parameters.AddWithValue("node", node);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        command.Parameters.AddWithValue("exclude", NpgsqlDbType.Array | NpgsqlDbType.Text, exclude.ToArray());
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime expiry ? new DateTimeOffset(expiry, TimeSpan.Zero) : null;
    }

    private static void AddDue(NpgsqlCommand command, IReadOnlyCollection<string> sources, DateTimeOffset dueBy, int maxAttempts)
    {
        command.Parameters.AddWithValue("sources", NpgsqlDbType.Array | NpgsqlDbType.Text, sources.ToArray());
        command.Parameters.AddWithValue("max", maxAttempts);
        command.Parameters.AddWithValue("due", dueBy.ToUniversalTime());
    }

    private static async Task<HostLease?> ReadLeaseAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new HostLease(
            reader.GetString(0),
            reader.GetFieldValue<DateTimeOffset>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }
}
