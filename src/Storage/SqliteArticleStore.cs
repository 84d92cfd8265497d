using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Storage;

/// <summary>
/// Articles in the pipeline database. Every change takes the next store sequence, so the index can
/// catch up with "everything after sequence N" after any crash.
/// </summary>
/// <param name="database">The database.</param>
/// <param name="timeProvider">The clock that stamps updates.</param>
public sealed class SqliteArticleStore(PipelineDatabase database, TimeProvider timeProvider) : IArticleStore
{
    /// <summary>The stable id of the article at <paramref name="canonicalUrl"/>: 16 hex digits of its SHA-256.</summary>
    /// <param name="canonicalUrl">The canonical address.</param>
    /// <returns>The id.</returns>
    public static string IdFor(Uri canonicalUrl) => ArticleIds.For(canonicalUrl);

    /// <inheritdoc />
    public async Task<StoreResult> StoreAsync(CrawledArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var extracted = article.Article;
        var id = IdFor(extracted.CanonicalUrl);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        await using (var lookup = connection.CreateCommand())
        {
            lookup.Transaction = transaction;
            lookup.CommandText = "SELECT content_hash FROM articles WHERE id = $id";
            lookup.Parameters.AddWithValue("$id", id);
            var existing = (string?)await lookup.ExecuteScalarAsync(cancellationToken);
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

            var sequence = await NextSequenceAsync(connection, transaction, cancellationToken);
            await using var write = connection.CreateCommand();
            write.Transaction = transaction;
            write.CommandText = existing is null
                ? """
                  INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, modified,
                                        authors, section, language, content_hash, fetched_at, updated_at,
                                        charset_declared, charset_used, charset_reason, charset_replaced)
                  VALUES ($id, $seq, $source, $url, $canonical, $outlet, $title, $lead, $body, $paragraphs, $published, $modified,
                          $authors, $section, $language, $hash, $fetched, $updated,
                          $charset_declared, $charset_used, $charset_reason, $charset_replaced)
                  """
                : """
                  UPDATE articles SET seq = $seq, source = $source, url = $url, canonical_url = $canonical, outlet = $outlet, title = $title,
                      lead = $lead, body = $body, paragraphs = $paragraphs, published = $published, modified = $modified, authors = $authors,
                      section = $section, language = $language, content_hash = $hash, fetched_at = $fetched, updated_at = $updated,
                      charset_declared = $charset_declared, charset_used = $charset_used, charset_reason = $charset_reason,
                      charset_replaced = $charset_replaced
                  WHERE id = $id
                  """;
            var p = write.Parameters;
            p.AddWithValue("$id", id);
            p.AddWithValue("$seq", sequence);
            p.AddWithValue("$source", article.Source);
            p.AddWithValue("$url", article.Fetch.FinalUrl.AbsoluteUri);
            p.AddWithValue("$canonical", extracted.CanonicalUrl.AbsoluteUri);
            p.AddWithValue("$outlet", extracted.OutletName ?? extracted.CanonicalUrl.Host);
            p.AddWithValue("$title", extracted.Title);
            p.AddWithValue("$lead", (object?)extracted.Lead ?? DBNull.Value);
            p.AddWithValue("$body", string.Join('\n', extracted.Paragraphs.Select(x => x.Text)));
            p.AddWithValue("$paragraphs", JsonSerializer.Serialize(extracted.Paragraphs.Select(x => new { text = x.Text, kind = x.Kind.ToString().ToLowerInvariant() })));
            p.AddWithValue("$published", (object?)SqlTime.WithOffset(extracted.Published) ?? DBNull.Value);
            p.AddWithValue("$modified", (object?)SqlTime.WithOffset(extracted.Modified) ?? DBNull.Value);
            p.AddWithValue("$authors", JsonSerializer.Serialize(extracted.Authors));
            p.AddWithValue("$section", (object?)extracted.Section ?? DBNull.Value);
            p.AddWithValue("$language", (object?)extracted.Language ?? DBNull.Value);
            p.AddWithValue("$hash", article.ContentHash);
            p.AddWithValue("$fetched", SqlTime.Utc(article.FetchedAt));
            p.AddWithValue("$updated", SqlTime.Utc(timeProvider.GetUtcNow()));
            CharsetColumns.Add(p, article.Fetch.CharsetDecision);
            await write.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new StoreResult(existing is null ? StoreOutcome.New : StoreOutcome.Updated, id);
        }
    }

    /// <summary>Articles changed after <paramref name="afterSequence"/>, in sequence order.</summary>
    /// <param name="afterSequence">The last sequence already handled.</param>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The articles.</returns>
    public async Task<IReadOnlyList<StoredArticle>> ReadAfterAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE seq > $after ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", limit);
        var articles = new List<StoredArticle>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            articles.Add(ReadArticle(reader));
        }

        return articles;
    }

    /// <summary>The article with <paramref name="id"/>, if it is stored.</summary>
    /// <param name="id">The stable article id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article or null.</returns>
    public async Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ArticleColumns} FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadArticle(reader) : null;
    }

    /// <summary>Articles whose facts are missing or older than their content, oldest change first.</summary>
    /// <param name="limit">At most this many.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Id, sequence, analysed text and publication date of each.</returns>
    public async Task<IReadOnlyList<(string Id, long Sequence, string Text, DateTimeOffset? Published)>> ReadUnanalyzedAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, seq, lead, body, published FROM articles WHERE facts_seq < seq ORDER BY seq LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
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

    /// <summary>Marks every article's facts as out of date, so the next analysis pass redoes them all (after a new topic model).</summary>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>How many articles were marked.</returns>
    public async Task<int> InvalidateFactsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE articles SET facts_seq = 0";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Stores the facts of an article as analysed at <paramref name="sequence"/>; a newer change is left for the next pass.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="sequence">The sequence of the content that was analysed.</param>
    /// <param name="factsJson">The facts, JSON.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the facts are durable.</returns>
    public async Task SaveFactsAsync(string id, long sequence, string factsJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "UPDATE articles SET facts = $facts, facts_seq = $seq WHERE id = $id AND seq = $seq RETURNING published, outlet, lead, body";
            command.Parameters.AddWithValue("$facts", factsJson);
            command.Parameters.AddWithValue("$seq", sequence);
            command.Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken)
                && TrendFactsWriter.Project(factsJson, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)) is { } trend)
            {
                // The trend tables change with the facts, in one transaction: trends never see half an article.
                await reader.DisposeAsync();
                await using var writer = new TrendFactsWriter(connection, transaction);
                await writer.WriteAsync(id, sequence, trend, cancellationToken: cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Stores already-analysed articles in bulk (gold and synthetic corpora for tests and benchmarks), each with the next
    /// store sequence, its facts and its trend rows, a few thousand per transaction. An article whose content hash is
    /// already stored is skipped, as a crawl would.
    /// </summary>
    /// <param name="articles">The articles.</param>
    /// <param name="cancellationToken">Stops the load between batches.</param>
    /// <returns>Articles stored and duplicates skipped.</returns>
    public async Task<(int Stored, int Duplicates)> ImportAsync(IEnumerable<ImportedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        const int BatchSize = 5000;
        var stored = 0;
        var duplicates = 0;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var batch in articles.Chunk(BatchSize))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO articles (id, seq, source, url, canonical_url, outlet, title, lead, body, paragraphs, published, modified,
                                      authors, section, language, content_hash, fetched_at, updated_at, facts, facts_seq)
                SELECT $id, $seq, $source, $url, $url, $outlet, $title, $lead, $body, $paragraphs, $published, NULL,
                       $authors, NULL, 'vi', $hash, $now, $now, $facts, $seq
                WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = $id) AND NOT EXISTS (SELECT 1 FROM articles WHERE content_hash = $hash)
                """;
            foreach (var name in new[] { "$id", "$seq", "$source", "$url", "$outlet", "$title", "$lead", "$body", "$paragraphs", "$published", "$authors", "$hash", "$now", "$facts" })
            {
                insert.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            await using var writer = new TrendFactsWriter(connection, transaction);
            var now = SqlTime.Utc(timeProvider.GetUtcNow());
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

    /// <summary>The source that stored the article at <paramref name="canonicalUrl"/>, if it is stored.</summary>
    /// <param name="canonicalUrl">The article's canonical address.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The source name or null.</returns>
    public async Task<string?> SourceOfAsync(Uri canonicalUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(canonicalUrl);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", IdFor(canonicalUrl));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Number of stored articles and the highest store sequence.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The count and sequence.</returns>
    public async Task<(int Count, long LastSequence)> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM articles";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private const string ArticleColumns = "id, seq, source, url, canonical_url, outlet, title, lead, body, published, authors, section, fetched_at, facts, " + CharsetColumns.Names;

    private static StoredArticle ReadArticle(SqliteDataReader reader) => new(
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
        SqlTime.Parse(reader.GetString(12))!.Value,
        reader.IsDBNull(13) ? null : reader.GetString(13),
        CharsetColumns.Read(reader, 14));

    /// <summary>
    /// Gives an unchanged article the decision it lacks (stored before decisions were kept, or imported). A decision
    /// already stored stays: it is the one that went with the stored text, and a new sequence for the same text would
    /// only make the index redo it.
    /// </summary>
    private static async Task BackfillCharsetAsync(SqliteConnection connection, SqliteTransaction transaction, string id, CharsetDecision? decision, CancellationToken cancellationToken)
    {
        if (decision is null)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE articles SET charset_declared = $charset_declared, charset_used = $charset_used, charset_reason = $charset_reason,
                charset_replaced = $charset_replaced
            WHERE id = $id AND charset_used IS NULL
            """;
        command.Parameters.AddWithValue("$id", id);
        CharsetColumns.Add(command.Parameters, decision);
        if (await command.ExecuteNonQueryAsync(cancellationToken) > 0)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<string?> FindByContentAsync(SqliteConnection connection, SqliteTransaction transaction, string contentHash, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id FROM articles WHERE content_hash = $hash ORDER BY seq LIMIT 1";
        command.Parameters.AddWithValue("$hash", contentHash);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    private static Task<long> NextSequenceAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        ReserveSequencesAsync(connection, transaction, 1, cancellationToken);

    /// <summary>Takes the next <paramref name="count"/> sequences and returns the last of them.</summary>
    private static async Task<long> ReserveSequencesAsync(SqliteConnection connection, SqliteTransaction transaction, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE store_sequence SET value = value + $count WHERE name = 'articles' RETURNING value";
        command.Parameters.AddWithValue("$count", count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
