using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// Articles on PostgreSQL, as <see cref="SqliteArticleStore"/> keeps them: every change takes the next store sequence
/// (a row lock on <c>store_sequence</c> hands them out one writer at a time), facts and trend rows change together.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="timeProvider">The clock that stamps updates.</param>
internal sealed class PostgresArticleStore(PostgresDatabase database, TimeProvider timeProvider) : IArticleStore
{
    private const string ArticleColumns = "id, seq, source, url, canonical_url, outlet, title, lead, body, published, authors, section, fetched_at, facts, " + CharsetColumns.Names;

    /// <inheritdoc />
    public async Task<StoreResult> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var extracted = article.Article;
        var id = ArticleIds.For(extracted.CanonicalUrl);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, id, article.ContentHash, cancellationToken);

        string? existing;
        await using (var lookup = new NpgsqlCommand("SELECT content_hash FROM articles WHERE id = @id", connection, transaction))
        {
            lookup.Parameters.AddWithValue("id", id);
            existing = (string?)await lookup.ExecuteScalarAsync(cancellationToken);
        }

        if (existing == article.ContentHash)
        {
            await BackfillCharsetAsync(connection, transaction, id, article.Fetch.CharsetDecision, cancellationToken);
            return new StoreResult(StoreOutcome.Unchanged, id);
        }

        if (existing is null && await FindByContentAsync(connection, transaction, article.ContentHash, cancellationToken) is { } original)
        {
            // A syndicated copy: same title and text under another address. Recorded in the frontier, stored once.
            return new StoreResult(StoreOutcome.Duplicate, original);
        }

        var sequence = await ReserveSequencesAsync(connection, transaction, 1, cancellationToken);
        await using var write = new NpgsqlCommand(
            existing is null
                ? """
                  INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, modified,
                                        authors, section, language, content_hash, fetched_at, updated_at,
                                        charset_declared, charset_used, charset_reason, charset_replaced)
                  VALUES (@id, @seq, @source, @url, @canonical, @outlet, @title, @lead, @body, @paragraphs, @published, @modified,
                          @authors, @section, @language, @hash, @fetched, @updated,
                          @charset_declared, @charset_used, @charset_reason, @charset_replaced)
                  """
                : """
                  UPDATE articles SET seq = @seq, source = @source, url = @url, canonical_url = @canonical, outlet = @outlet, title = @title,
                      lead = @lead, body = @body, paragraphs = @paragraphs, published = @published, modified = @modified, authors = @authors,
                      section = @section, language = @language, content_hash = @hash, fetched_at = @fetched, updated_at = @updated,
                      charset_declared = @charset_declared, charset_used = @charset_used, charset_reason = @charset_reason,
                      charset_replaced = @charset_replaced
                  WHERE id = @id
                  """,
            connection,
            transaction);
        var p = write.Parameters;
        p.AddWithValue("id", id);
        p.AddWithValue("seq", sequence);
        p.AddWithValue("source", article.Source);
        p.AddWithValue("url", article.Fetch.FinalUrl.AbsoluteUri);
        p.AddWithValue("canonical", extracted.CanonicalUrl.AbsoluteUri);
        p.AddWithValue("outlet", extracted.OutletName ?? extracted.CanonicalUrl.Host);
        p.AddWithValue("title", extracted.Title);
        p.AddWithValue("lead", NpgsqlDbType.Text, (object?)extracted.Lead ?? DBNull.Value);
        p.AddWithValue("body", string.Join('\n', extracted.Paragraphs.Select(x => x.Text)));
        p.AddWithValue("paragraphs", JsonSerializer.Serialize(extracted.Paragraphs.Select(x => new { text = x.Text, kind = x.Kind.ToString().ToLowerInvariant() })));
        p.AddWithValue("published", NpgsqlDbType.Text, (object?)SqlTime.WithOffset(extracted.Published) ?? DBNull.Value);
        p.AddWithValue("modified", NpgsqlDbType.Text, (object?)SqlTime.WithOffset(extracted.Modified) ?? DBNull.Value);
        p.AddWithValue("authors", JsonSerializer.Serialize(extracted.Authors));
        p.AddWithValue("section", NpgsqlDbType.Text, (object?)extracted.Section ?? DBNull.Value);
        p.AddWithValue("language", NpgsqlDbType.Text, (object?)extracted.Language ?? DBNull.Value);
        p.AddWithValue("hash", article.ContentHash);
        p.AddWithValue("fetched", article.FetchedAt.ToUniversalTime());
        p.AddWithValue("updated", timeProvider.GetUtcNow().ToUniversalTime());
        CharsetColumns.Add(p, article.Fetch.CharsetDecision);
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new StoreResult(existing is null ? StoreOutcome.New : StoreOutcome.Updated, id);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredArticle>> ReadAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {ArticleColumns} FROM articles WHERE seq > @after ORDER BY seq LIMIT @limit", connection);
        command.Parameters.AddWithValue("after", afterSequence);
        command.Parameters.AddWithValue("limit", limit);
        var articles = new List<StoredArticle>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    /// <inheritdoc />
    public async Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT {ArticleColumns} FROM articles WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadArticle(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string Id, long Sequence, string Text, DateTimeOffset? Published)>> ReadUnanalyzedAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id, seq, lead, body, published FROM articles WHERE facts_seq < seq ORDER BY seq LIMIT @limit", connection);
        command.Parameters.AddWithValue("limit", limit);
        var rows = new List<(string, long, string, DateTimeOffset?)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var lead = reader.IsDBNull(2) ? null : reader.GetString(2);
            var text = lead is null ? reader.GetString(3) : string.Concat(lead, "\n", reader.GetString(3));
            rows.Add((reader.GetString(0), reader.GetInt64(1), text, SqlTime.Parse(reader.IsDBNull(4) ? null : reader.GetString(4))));
        }

        return rows;
    }

    /// <inheritdoc />
    public async Task<int> InvalidateFactsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("UPDATE articles SET facts_seq = 0", connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task SaveFactsAsync(string id, long sequence, string factsJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Analysis.Trends.ArticleTrendFacts? trend = null;
        await using (var command = new NpgsqlCommand("UPDATE articles SET facts = @facts, facts_seq = @seq WHERE id = @id AND seq = @seq RETURNING published, outlet, lead, body", connection, transaction))
        {
            command.Parameters.AddWithValue("facts", factsJson);
            command.Parameters.AddWithValue("seq", sequence);
            command.Parameters.AddWithValue("id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                trend = TrendFactsWriter.Project(factsJson, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
            }
        }

        if (trend is not null)
        {
            // The trend tables change with the facts, in one transaction: trends never see half an article.
            await using var writer = new TrendFactsWriter(connection, transaction);
            await writer.WriteAsync(id, sequence, trend, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<(int Stored, int Duplicates)> ImportAsync(IEnumerable<ImportedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        const int BatchSize = 5000;
        var stored = 0;
        var duplicates = 0;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var batch in articles.Chunk(BatchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, modified,
                                      authors, section, language, content_hash, fetched_at, updated_at, facts, facts_seq)
                SELECT @id, @seq, @source, @url, @url, @outlet, @title, @lead, @body, @paragraphs, @published, NULL,
                       @authors, NULL, 'vi', @hash, @now, @now, @facts, @seq
                WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = @id) AND NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = @hash)
                """,
                connection,
                transaction);
            var parameters = new (string Name, NpgsqlDbType Type)[]
            {
                ("id", NpgsqlDbType.Text), ("seq", NpgsqlDbType.Bigint), ("source", NpgsqlDbType.Text), ("url", NpgsqlDbType.Text),
                ("outlet", NpgsqlDbType.Text), ("title", NpgsqlDbType.Text), ("lead", NpgsqlDbType.Text), ("body", NpgsqlDbType.Text),
                ("paragraphs", NpgsqlDbType.Text), ("published", NpgsqlDbType.Text), ("authors", NpgsqlDbType.Text), ("hash", NpgsqlDbType.Text),
                ("now", NpgsqlDbType.TimestampTz), ("facts", NpgsqlDbType.Text),
            };
            foreach (var (name, type) in parameters)
            {
                insert.Parameters.Add(name, type);
            }

            await using var writer = new TrendFactsWriter(connection, transaction);
            var now = timeProvider.GetUtcNow().ToUniversalTime();
            // One block of sequences per batch; a skipped duplicate leaves a gap, which readers of "after N" never mind.
            var sequence = await ReserveSequencesAsync(connection, transaction, batch.Length, cancellationToken) - batch.Length;
            foreach (var article in batch)
            {
                sequence++;
                var id = ArticleIds.For(article.Url);
                var values = article.RowValues(id, sequence, now);
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i].Value = values[i];
                }

                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    duplicates++;
                    continue;
                }

                await writer.WriteAsync(id, sequence, Analysis.Trends.TrendProjection.Of(article.Facts, article.Published, article.Outlet, article.Text), isNew: true, cancellationToken);
                stored++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return (stored, duplicates);
    }

    /// <inheritdoc />
    public async Task<string?> SourceOfAsync(Uri canonicalUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT source FROM articles WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", ArticleIds.For(canonicalUrl));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task<(int Count, long LastSequence)> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COUNT(*)::integer, COALESCE(MAX(seq), 0) FROM articles", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private static StoredArticle ReadArticle(NpgsqlDataReader reader) => new(
        reader.GetString(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.GetString(8),
        SqlTime.Parse(reader.IsDBNull(9) ? null : reader.GetString(9)),
        JsonSerializer.Deserialize<string[]>(reader.GetString(10)) ?? [],
        reader.IsDBNull(11) ? null : reader.GetString(11),
        reader.GetFieldValue<DateTimeOffset>(12),
        reader.IsDBNull(13) ? null : reader.GetString(13),
        CharsetColumns.Read(reader, 14));

    /// <summary>Gives an unchanged article the charset decision it lacks; a decision already stored stays.</summary>
    private static async Task BackfillCharsetAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, CharsetDecision? decision, CancellationToken cancellationToken)
    {
        if (decision is null)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            """
            UPDATE articles SET charset_declared = @charset_declared, charset_used = @charset_used, charset_reason = @charset_reason,
                charset_replaced = @charset_replaced
            WHERE id = @id AND charset_used IS NULL
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("id", id);
        CharsetColumns.Add(command.Parameters, decision);
        if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Holds, until the transaction ends, the article's address and its text against every other writer of either:
    /// under read committed two transactions would both find no copy of a syndicated text on parallel hosts or nodes
    /// and both insert it. The address is locked before the text, always in that order, so two writers never wait on
    /// each other in a circle.
    /// </summary>
    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1, hashtext(@id)), pg_advisory_xact_lock(2, hashtext(@hash))", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("hash", contentHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string?> FindByContentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM articles WHERE content_hash = @hash ORDER BY seq LIMIT 1", connection, transaction);
        command.Parameters.AddWithValue("hash", contentHash);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Takes the next <paramref name="count"/> sequences and returns the last of them.</summary>
    private static async Task<long> ReserveSequencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("UPDATE store_sequence SET value = value + @count WHERE name = 'articles' RETURNING value", connection, transaction);
        command.Parameters.AddWithValue("count", (long)count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
