using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Analysis.Trends;

namespace Pipeline.Storage;

/// <summary>
/// Trend rows from the fact tables of migration 7, grouped in portable SQL. Before the first read it projects every
/// article whose facts the tables lack or hold in an older version (a database from before migration 7, or facts
/// written by another path), so the tables never lag the facts.
/// </summary>
/// <param name="database">The database.</param>
public sealed class SqliteTrendStore(PipelineDatabase database) : ITrendSource
{
    private const int CatchUpBatch = 500;
    private const string Filter = "t.day >= $from AND t.day <= $to AND ($cooperation = 0 OR t.cooperation = 1)";
    private const string SummedKinds = "('project', 'delegation', 'people', 'money')";

    private Task? caughtUp;

    /// <summary>Articles whose facts could not be read during the catch-up; they are in no trend.</summary>
    public int Unreadable { get; private set; }

    /// <summary>Projects every article whose trend rows are missing or out of date.</summary>
    /// <param name="cancellationToken">Stops the work between batches.</param>
    /// <returns>How many articles were projected.</returns>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var projected = 0;
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        while (true)
        {
            var batch = new List<(string Id, long FactsSeq, string Facts, string? Published, string Outlet, string? Lead, string Body)>();
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = """
                    SELECT a.id, a.facts_seq, a.facts, a.published, a.outlet, a.lead, a.body
                    FROM articles a LEFT JOIN article_trend t ON t.article_id = a.id
                    WHERE a.facts IS NOT NULL AND (t.article_id IS NULL OR t.facts_seq <> a.facts_seq)
                    ORDER BY a.seq
                    LIMIT $limit
                    """;
                read.Parameters.AddWithValue("$limit", CatchUpBatch + unreadable.Count);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var id = reader.GetString(0);
                    if (!unreadable.Contains(id))
                    {
                        batch.Add((id, reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6)));
                    }
                }
            }

            if (batch.Count == 0)
            {
                Unreadable = unreadable.Count;
                return projected;
            }

            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (var writer = new TrendFactsWriter(connection, transaction))
            {
                foreach (var row in batch)
                {
                    if (TrendFactsWriter.Project(row.Facts, row.Published, row.Outlet, row.Lead, row.Body) is { } facts)
                    {
                        await writer.WriteAsync(row.Id, row.FactsSeq, facts, cancellationToken);
                        projected++;
                    }
                    else
                    {
                        // Left out, not lost: the facts stay in the articles table and the next analysis pass rewrites them.
                        unreadable.Add(row.Id);
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthTotal>> MonthTotalsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"SELECT t.month, COUNT(*), SUM(t.cooperation) FROM article_trend t WHERE {Filter} GROUP BY t.month", r => new MonthTotal(r.GetString(0), r.GetInt32(1), r.GetInt32(2)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthValue>> MonthValuesAsync(TrendDimension dimension, TrendFilter filter, CancellationToken cancellationToken = default)
    {
        var sql = dimension switch
        {
            TrendDimension.Topic => $"""
                SELECT t.month, x.label, x.label, COUNT(*) FROM article_trend t JOIN article_topics x ON x.article_id = t.article_id
                WHERE {Filter} GROUP BY t.month, x.label
                """,
            TrendDimension.Country => $"""
                SELECT t.month, p.country_code, p.country, COUNT(DISTINCT t.article_id) FROM article_trend t JOIN article_partners p ON p.article_id = t.article_id
                WHERE {Filter} AND p.role = 'partner' AND p.country_code IS NOT NULL GROUP BY t.month, p.country_code, p.country
                """,
            TrendDimension.Partner => $"""
                SELECT t.month, p.partner_key, p.name, COUNT(*) FROM article_trend t JOIN article_partners p ON p.article_id = t.article_id
                WHERE {Filter} AND p.role = 'partner' GROUP BY t.month, p.partner_key, p.name
                """,
            _ => $"SELECT t.month, t.outlet, t.outlet, COUNT(*) FROM article_trend t WHERE {Filter} GROUP BY t.month, t.outlet",
        };
        return QueryAsync(filter, sql, r => new MonthValue(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? r.GetString(1) : r.GetString(2), r.GetInt32(3)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorRow>> ActorsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT p.role, p.partner_key, p.name, p.kind, p.country_code, p.country, COUNT(*), MIN(t.day), MAX(t.day)
            FROM article_partners p JOIN article_trend t ON t.article_id = p.article_id
            WHERE {Filter} GROUP BY p.role, p.partner_key, p.name, p.kind, p.country_code, p.country
            """,
            r => new ActorRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), NullableString(r, 5), r.GetInt32(6), Day(r, 7), Day(r, 8)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorTopicRow>> ActorTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT p.role, p.partner_key, x.label, COUNT(*)
            FROM article_partners p JOIN article_trend t ON t.article_id = p.article_id JOIN article_topics x ON x.article_id = p.article_id
            WHERE {Filter} GROUP BY p.role, p.partner_key, x.label
            """,
            r => new ActorTopicRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CountryTopicRow>> CountryTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT p.country_code, MAX(p.country), x.label, COUNT(DISTINCT p.article_id)
            FROM article_partners p JOIN article_trend t ON t.article_id = p.article_id JOIN article_topics x ON x.article_id = p.article_id
            WHERE {Filter} AND p.role = 'partner' AND p.country_code IS NOT NULL GROUP BY p.country_code, x.label
            """,
            r => new CountryTopicRow(r.GetString(0), r.IsDBNull(1) ? r.GetString(0) : r.GetString(1), r.GetString(2), r.GetInt32(3)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PairRow>> PairsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT a.role, a.partner_key, b.role, b.partner_key, COUNT(*), MIN(t.day), MAX(t.day)
            FROM article_partners a
            JOIN article_partners b ON b.article_id = a.article_id AND (a.role < b.role OR (a.role = b.role AND a.partner_key < b.partner_key))
            JOIN article_trend t ON t.article_id = a.article_id
            WHERE {Filter} GROUP BY a.role, a.partner_key, b.role, b.partner_key
            """,
            r => new PairRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Day(r, 5), Day(r, 6)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PairTopicRow>> PairTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT a.role, a.partner_key, b.role, b.partner_key, x.label, COUNT(*)
            FROM article_partners a
            JOIN article_partners b ON b.article_id = a.article_id AND (a.role < b.role OR (a.role = b.role AND a.partner_key < b.partner_key))
            JOIN article_trend t ON t.article_id = a.article_id
            JOIN article_topics x ON x.article_id = a.article_id
            WHERE {Filter} GROUP BY a.role, a.partner_key, b.role, b.partner_key, x.label
            """,
            r => new PairTopicRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CountReport>> CountReportsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT c.article_id, t.day, t.story, c.kind, c.currency, c.amount, c.approx, c.noun, c.span
            FROM article_counts c JOIN article_trend t ON t.article_id = c.article_id
            WHERE {Filter} AND c.kind IN {SummedKinds}
            ORDER BY c.article_id, c.ordinal
            """,
            r => new CountReport(r.GetString(0), Day(r, 1), r.GetInt64(2), new TrendCount(r.GetString(3), NullableString(r, 4), r.GetDecimal(5), r.GetString(6), r.GetString(7), r.GetString(8))),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleRef>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var articles = new List<ArticleRef>(ids.Count);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((id, i) => "$id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT id, title, url, outlet, published FROM articles WHERE id IN ({string.Join(", ", names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                articles.Add(new ArticleRef(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqlTime.Parse(NullableString(reader, 4))));
            }
        }

        return articles;
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(TrendFilter filter, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await (caughtUp ??= CatchUpAsync(cancellationToken));
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", TrendFactsWriter.Day(filter.From) ?? "0000-01-01");
        command.Parameters.AddWithValue("$to", TrendFactsWriter.Day(filter.To) ?? "9999-12-31");
        command.Parameters.AddWithValue("$cooperation", filter.CooperationOnly ? 1 : 0);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateOnly Day(SqliteDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
