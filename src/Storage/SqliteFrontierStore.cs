using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage;

/// <summary>The frontier in the pipeline database; every call is its own committed transaction.</summary>
/// <param name="database">The database.</param>
internal sealed class SqliteFrontierStore(PipelineDatabase database) : IPipelineFrontierStore
{
    /// <inheritdoc />
    public async Task<int> AddDiscoveredAsync(string source, IReadOnlyCollection<DiscoveredLink> links, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO frontier (url, source, host, state, attempts, discovered_at, listed_published)
            VALUES ($url, $source, $host, 'discovered', 0, $now, $published)
            ON CONFLICT (url) DO NOTHING
            """;
        var url = command.Parameters.Add("$url", SqliteType.Text);
        var host = command.Parameters.Add("$host", SqliteType.Text);
        var published = command.Parameters.Add("$published", SqliteType.Text);
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$now", SqlTime.Utc(now));
        await using var refresh = connection.CreateCommand();
        refresh.Transaction = transaction;
        // A listing that now dates a fetched article later than before is the one reason to fetch it again (conditionally).
        refresh.CommandText = """
            UPDATE frontier SET state = 'discovered', listed_published = $published, attempts = 0
            WHERE url = $url AND state IN ('fetched', 'unchanged')
              AND listed_published IS NOT NULL AND listed_published < $published
            """;
        var refreshUrl = refresh.Parameters.Add("$url", SqliteType.Text);
        var refreshPublished = refresh.Parameters.Add("$published", SqliteType.Text);
        var added = 0;
        foreach (var link in links)
        {
            url.Value = link.Url.AbsoluteUri;
            host.Value = link.Url.Host;
            published.Value = link.Published is { } at ? SqlTime.Utc(at) : DBNull.Value;
            var inserted = await command.ExecuteNonQueryAsync(cancellationToken);
            added += inserted;
            if (inserted == 0 && link.Published is not null)
            {
                refreshUrl.Value = url.Value;
                refreshPublished.Value = published.Value;
                await refresh.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FrontierEntry>> GetDueAsync(string source, DateTimeOffset now, int maxAttempts, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT url, source, state, attempts, etag, last_modified FROM frontier
            WHERE source = $source
              AND (state = 'discovered' OR (state = 'failed' AND attempts < $max AND (next_fetch_at IS NULL OR next_fetch_at <= $now)))
            ORDER BY discovered_at, url
            LIMIT $limit
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$max", maxAttempts);
        command.Parameters.AddWithValue("$now", SqlTime.Utc(now));
        command.Parameters.AddWithValue("$limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await FrontierRows.ReadAllAsync(reader, cancellationToken);
    }

    /// <inheritdoc />
    public async Task RecordAsync(FrontierUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE frontier
            SET state = $state, reason = $reason, attempts = attempts + 1, last_attempt_at = $at,
                next_fetch_at = $next, content_hash = COALESCE($hash, content_hash), duplicate_of = $duplicate,
                etag = COALESCE($etag, etag), last_modified = COALESCE($lastModified, last_modified)
            WHERE url = $url
            """;
        command.Parameters.AddWithValue("$state", FrontierStates.ToText(update.State));
        command.Parameters.AddWithValue("$reason", (object?)update.Reason ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", SqlTime.Utc(update.At));
        command.Parameters.AddWithValue("$next", update.NextFetchAt is { } next ? SqlTime.Utc(next) : DBNull.Value);
        command.Parameters.AddWithValue("$hash", (object?)update.ContentHash ?? DBNull.Value);
        command.Parameters.AddWithValue("$duplicate", (object?)update.DuplicateOf ?? DBNull.Value);
        command.Parameters.AddWithValue("$etag", (object?)update.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", (object?)update.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", update.Url.AbsoluteUri);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether the frontier knows any address of <paramref name="source"/> (false before its first run).</summary>
    /// <param name="source">The source name.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>True when the source has been crawled before.</returns>
    public async Task<bool> HasSourceAsync(string source, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM frontier WHERE source = $source LIMIT 1";
        command.Parameters.AddWithValue("$source", source);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Addresses per state, for status reports.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>State name to count.</returns>
    public async Task<IReadOnlyDictionary<string, int>> CountByStateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, COUNT(*) FROM frontier GROUP BY state ORDER BY state";
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
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, COUNT(*) FROM frontier WHERE state = 'discovered' GROUP BY source";
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counts;
    }
}
