using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// Node names held by session advisory locks (the server drops them when the process's connection goes, killed or
/// not), and the cluster read from Quartz's <c>qrtz_scheduler_state</c>, <c>host_leases</c> and <c>runs</c>.
/// </summary>
/// <param name="database">The database.</param>
internal sealed class PostgresCrawlerNodes(PostgresDatabase database) : ICrawlerNodes
{
    /// <summary>The first key of every node-name lock (the second is the name's hash); any fixed number.</summary>
    public const int LockSpace = 0x6E6F6465;

    private const long TicksPerMillisecond = TimeSpan.TicksPerMillisecond;

    /// <inheritdoc />
    public async Task<IAsyncDisposable?> TryHoldAsync(string node, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({LockSpace}, hashtext(@node))", connection);
            command.Parameters.AddWithValue("node", node);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new NameHold(connection, node);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CrawlerNode>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Quartz's names compare in the server's default collation, ours bytewise: each side is cast to one.
        // A name whose lock can be taken here is held by no live process; the lock goes with the statement.
        await using var command = new NpgsqlCommand(
            $"""
            WITH names AS (
                SELECT instance_name::text COLLATE "C" AS node FROM qrtz_scheduler_state
                UNION SELECT node FROM host_leases WHERE node IS NOT NULL AND expires_at > @now
                UNION SELECT node FROM runs WHERE status = 'running' AND node IS NOT NULL
            )
            SELECT n.node,
                (SELECT MAX(s.last_checkin_time) FROM qrtz_scheduler_state s WHERE s.instance_name::text COLLATE "C" = n.node),
                (SELECT MAX(s.checkin_interval) FROM qrtz_scheduler_state s WHERE s.instance_name::text COLLATE "C" = n.node),
                NOT pg_try_advisory_xact_lock({LockSpace}, hashtext(n.node)),
                ARRAY(SELECT l.host FROM host_leases l WHERE l.node = n.node AND l.expires_at > @now ORDER BY l.host)
            FROM names n
            ORDER BY n.node
            """,
            connection);
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        var nodes = new List<CrawlerNode>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Quartz writes check-ins as UTC ticks and the interval in milliseconds.
            DateTimeOffset? checkin = reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
            TimeSpan? interval = reader.IsDBNull(2) ? null : TimeSpan.FromTicks(reader.GetInt64(2) * TicksPerMillisecond);
            var checkedIn = checkin is { } at && interval is { } every && at + every + every + CrawlerNode.CheckinGrace >= now;
            nodes.Add(new CrawlerNode(reader.GetString(0), checkin, interval, checkedIn, reader.GetBoolean(3), reader.GetFieldValue<string[]>(4)));
        }

        return nodes;
    }

    /// <summary>A held name: unlocked explicitly, since a pooled connection keeps its session locks until reused.</summary>
    private sealed class NameHold(NpgsqlConnection connection, string node) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockSpace}, hashtext(@node))", connection);
                command.Parameters.AddWithValue("node", node);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // A broken connection has lost its session, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
