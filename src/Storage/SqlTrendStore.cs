using System.Data.Common;
using System.Globalization;
using Pipeline.Analysis.Trends;

namespace Pipeline.Storage;

/// <summary>
/// Trend rows from the fact tables of migration 7, grouped in SQL that SQLite and PostgreSQL read alike (months are
/// stored as yyyy-MM text with each row, so no date function of either engine is needed; quarters and years are
/// summed from months by <see cref="TrendService"/>). Before the first read it projects every article whose facts the
/// tables lack or hold in an older version (a database from before migration 7, or facts written by another path), so
/// the tables never lag the facts. Subclasses supply connections and what their driver reads differently.
/// </summary>
public abstract class SqlTrendStore : ITrendStore
{
    private const int CatchUpBatch = 500;
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
        await using var connection = await OpenConnectionAsync(cancellationToken);
        if (await InStepAsync(connection, cancellationToken))
        {
            return 0;
        }

        while (true)
        {
            var batch = new List<(string Id, long FactsSeq, string Facts, string? Published, string Outlet, string? Lead, string Body)>();
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = """
                    SELECT a.id, a.facts_seq, a.facts, a.published, a.outlet, a.lead, a.body
                    FROM articles a LEFT JOIN article_trend t ON t.article_id = a.id
                    WHERE a.facts_seq > 0 AND (t.article_id IS NULL OR t.facts_seq <> a.facts_seq)
                    ORDER BY a.seq
                    LIMIT @limit
                    """;
                Add(read, "@limit", CatchUpBatch + unreadable.Count);
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
                await using var settle = connection.CreateCommand();
                // Facts marked out of date (reindex --reanalyze) keep their rows until re-analysed; mark the rows alike so
                // that the quick check agrees again.
                settle.CommandText = "UPDATE article_trend SET facts_seq = 0 WHERE facts_seq > 0 AND article_id IN (SELECT id FROM articles WHERE facts_seq = 0)";
                await settle.ExecuteNonQueryAsync(cancellationToken);
                return projected;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var writer = new TrendFactsWriter(connection, transaction))
            {
                foreach (var row in batch)
                {
                    if (TrendFactsWriter.Project(row.Facts, row.Published, row.Outlet, row.Lead, row.Body) is { } facts)
                    {
                        await writer.WriteAsync(row.Id, row.FactsSeq, facts, cancellationToken: cancellationToken);
                        projected++;
                    }
                    else
                    {
                        // Left out, not lost: the facts stay in the articles table and the next analysis pass rewrites them;
                        // rows of the article's older facts would be wrong, so they go.
                        await writer.DeleteAsync(row.Id, cancellationToken);
                        unreadable.Add(row.Id);
                    }
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Whether every analysed article has trend rows of its facts' version, checked on indexes only: the analysed articles'
    /// count and sum of facts sequences against the trend rows'. Sequences are unique, so equal sums mean equal sets.
    /// </summary>
    private static async Task<bool> InStepAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM articles WHERE facts_seq > 0), (SELECT CAST(COALESCE(SUM(facts_seq), 0) AS BIGINT) FROM articles WHERE facts_seq > 0),
                   (SELECT COUNT(*) FROM article_trend WHERE facts_seq > 0), (SELECT CAST(COALESCE(SUM(facts_seq), 0) AS BIGINT) FROM article_trend WHERE facts_seq > 0)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return reader.GetInt64(0) == reader.GetInt64(2) && reader.GetInt64(1) == reader.GetInt64(3);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthTotal>> MonthTotalsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"SELECT t.month, COUNT(*), SUM(t.cooperation) FROM article_trend t WHERE {Where(filter, "t")} GROUP BY t.month", r => new MonthTotal(r.GetString(0), Int(r, 1), Int(r, 2)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<MonthValue>> MonthValuesAsync(TrendDimension dimension, TrendFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = dimension switch
        {
            TrendDimension.Topic => $"SELECT x.month, x.label, x.label, COUNT(*) FROM article_topics x WHERE {Where(filter, "x")} GROUP BY x.month, x.label",
            TrendDimension.Country => $"""
                SELECT p.month, p.country_code, p.country, COUNT(DISTINCT p.article_id) FROM article_partners p
                WHERE p.role = 'partner' AND p.country_code IS NOT NULL AND {Where(filter, "p")} GROUP BY p.country_code, p.country, p.month
                """,
            TrendDimension.Partner => $"""
                SELECT p.month, p.partner_key, p.name, COUNT(*) FROM article_partners p
                WHERE p.role = 'partner' AND {Where(filter, "p")} GROUP BY p.partner_key, p.name, p.kind, p.country_code, p.country, p.month
                """,
            _ => $"SELECT t.month, t.outlet, t.outlet, COUNT(*) FROM article_trend t WHERE {Where(filter, "t")} GROUP BY t.month, t.outlet",
        };
        return QueryAsync(filter, sql, r => new MonthValue(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? r.GetString(1) : r.GetString(2), Int(r, 3)), cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorRow>> ActorsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT p.role, p.partner_key, p.name, p.kind, p.country_code, p.country, COUNT(*), MIN(p.day), MAX(p.day)
            FROM article_partners p
            WHERE {Where(filter, "p")} GROUP BY p.role, p.partner_key, p.name, p.kind, p.country_code, p.country
            """,
            r => new ActorRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableString(r, 4), NullableString(r, 5), Int(r, 6), Day(r, 7), Day(r, 8)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ActorTopicRow>> ActorTopicsAsync(TrendFilter filter, string role, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var (list, parameters) = KeyList(keys, ("@role", role));
        return QueryAsync(filter, $"""
            SELECT p.role, p.partner_key, x.label, COUNT(*)
            FROM article_partners p JOIN article_topics x ON x.article_id = p.article_id
            WHERE p.role = @role AND p.partner_key IN ({list}) AND {Where(filter, "p")} GROUP BY p.role, p.partner_key, x.label
            """,
            r => new ActorTopicRow(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3)),
            cancellationToken,
            parameters);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArticleRef>> ActorArticlesAsync(TrendFilter filter, string role, string key, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return QueryAsync(filter, $"""
            SELECT a.id, a.title, a.url, a.outlet, a.published
            FROM article_partners p JOIN articles a ON a.id = p.article_id
            WHERE p.role = @role AND p.partner_key = @key AND {Where(filter, "p")}
            ORDER BY p.day DESC, a.id
            LIMIT @limit
            """,
            r => new ArticleRef(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), SqlTime.Parse(NullableString(r, 4))),
            cancellationToken,
            ("@role", role),
            ("@key", key),
            ("@limit", limit));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CountryTopicRow>> CountryTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT c.country_code, MAX(c.country), c.label, COUNT(*) FROM article_country_topics c
            WHERE {Where(filter, "c")} GROUP BY c.country_code, c.label
            """,
            r => new CountryTopicRow(r.GetString(0), r.GetString(1), r.GetString(2), Int(r, 3)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PairRow>> PairsAsync(TrendFilter filter, string? role = null, IReadOnlyCollection<string>? keys = null, CancellationToken cancellationToken = default)
    {
        var (list, parameters) = role is null ? KeyList(keys ?? []) : KeyList(keys ?? [], ("@role", role));
        var only = (role is null ? string.Empty : "a.role = @role AND ") + (keys is null ? string.Empty : $"a.partner_key IN ({list}) AND ");
        return QueryAsync(filter, $"""
            SELECT a.role, a.partner_key, b.role, b.partner_key, COUNT(*), MIN(a.day), MAX(a.day)
            FROM article_partners a
            JOIN article_partners b ON b.article_id = a.article_id AND b.role >= a.role AND (b.role > a.role OR b.partner_key > a.partner_key)
            WHERE {only}{Where(filter, "a")} GROUP BY a.role, a.partner_key, b.role, b.partner_key
            """,
            r => new PairRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Int(r, 4), Day(r, 5), Day(r, 6)),
            cancellationToken,
            parameters);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PairTopicRow>> PairTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT a.role, a.partner_key, b.role, b.partner_key, x.label, COUNT(*)
            FROM article_partners a
            JOIN article_partners b ON b.article_id = a.article_id AND b.role >= a.role AND (b.role > a.role OR b.partner_key > a.partner_key)
            JOIN article_topics x ON x.article_id = a.article_id
            WHERE {Where(filter, "a")} GROUP BY a.role, a.partner_key, b.role, b.partner_key, x.label
            """,
            r => new PairTopicRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Int(r, 5)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CountReport>> CountReportsAsync(TrendFilter filter, CancellationToken cancellationToken = default) =>
        QueryAsync(filter, $"""
            SELECT c.article_id, c.ordinal, c.day, c.story, c.kind, c.currency, c.unit, c.amount
            FROM article_counts c
            WHERE c.kind IN {SummedKinds} AND {Where(filter, "c")}
            ORDER BY c.kind, c.unit, c.amount, c.day, c.article_id
            """,
            r => new CountReport(r.GetString(0), r.GetInt32(1), Day(r, 2), r.GetInt64(3), Kind(r.GetString(4)), NullableString(r, 5), r.GetString(6), Amount(r, 7)),
            cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<CountWording>> CountWordingsAsync(IReadOnlyCollection<(string ArticleId, int Ordinal)> counts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var wanted = counts.ToHashSet();
        var wordings = new List<CountWording>(wanted.Count);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        foreach (var chunk in wanted.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((_, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT article_id, ordinal, noun, approx, span FROM article_counts WHERE article_id IN ({string.Join(", ", names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                Add(command, names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (wanted.Contains((reader.GetString(0), reader.GetInt32(1))))
                {
                    wordings.Add(new CountWording(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
                }
            }
        }

        return wordings;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleRef>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var articles = new List<ArticleRef>(ids.Count);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = chunk.Select((id, i) => "@id" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"SELECT id, title, url, outlet, published FROM articles WHERE id IN ({string.Join(", ", names)})";
            for (var i = 0; i < chunk.Length; i++)
            {
                Add(command, names[i], chunk[i]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                articles.Add(new ArticleRef(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqlTime.Parse(NullableString(reader, 4))));
            }
        }

        return articles;
    }

    /// <summary>
    /// The filter on one fact table. Only the bounds given are written: without them the query is a plain scan, which
    /// beats walking an index over most of the table.
    /// </summary>
    private static string Where(TrendFilter filter, string alias)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var conditions = new List<string> { $"{alias}.day IS NOT NULL" };
        if (filter.From is not null)
        {
            conditions.Add($"{alias}.day >= @from");
        }

        if (filter.To is not null)
        {
            conditions.Add($"{alias}.day <= @to");
        }

        if (filter.CooperationOnly)
        {
            conditions.Add($"{alias}.cooperation = 1");
        }

        // Whole articles are kept or left out, so a pair or a country counts every participant of an admitted article.
        if (filter.Topic is not null)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM article_topics ft WHERE ft.article_id = {alias}.article_id AND ft.label = @topic)");
        }

        if (filter.CountryCode is not null)
        {
            conditions.Add($"EXISTS (SELECT 1 FROM article_partners fc WHERE fc.article_id = {alias}.article_id AND fc.role = 'partner' AND fc.country_code = @country)");
        }

        return string.Join(" AND ", conditions);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(TrendFilter filter, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await (caughtUp ??= CatchUpAsync(cancellationToken));
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Only the bounds Where wrote into the SQL are sent.
        if (filter.From is not null)
        {
            Add(command, "@from", TrendFactsWriter.Day(filter.From)!);
        }

        if (filter.To is not null)
        {
            Add(command, "@to", TrendFactsWriter.Day(filter.To)!);
        }

        if (filter.Topic is not null)
        {
            Add(command, "@topic", filter.Topic);
        }

        if (filter.CountryCode is not null)
        {
            Add(command, "@country", filter.CountryCode);
        }

        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (ReadsSynchronously ? reader.Read() : await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
            if (rows.Count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return rows;
    }

    /// <summary>Opens a connection to the database.</summary>
    /// <param name="cancellationToken">Stops the open.</param>
    /// <returns>An open connection; dispose it.</returns>
    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Whether rows are read with Read() rather than ReadAsync(): true where the driver reads synchronously whatever
    /// the API, so a task per row over hundreds of thousands of rows buys nothing (the token is then checked every few
    /// thousand rows).
    /// </summary>
    protected abstract bool ReadsSynchronously { get; }

    /// <summary>A count's amount (a NUMERIC column), read the way the driver stores it.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="ordinal">The column.</param>
    /// <returns>The amount.</returns>
    protected abstract decimal Amount(DbDataReader reader, int ordinal);

    /// <summary>A COUNT or SUM: BIGINT on PostgreSQL, an integer on SQLite; trend counts fit an int.</summary>
    private static int Int(DbDataReader reader, int ordinal) => checked((int)reader.GetInt64(ordinal));

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>The key list of an IN clause as parameters @k0, @k1... (keys are never spliced into SQL).</summary>
    private static (string List, (string Name, object Value)[] Parameters) KeyList(IReadOnlyCollection<string> keys, params (string Name, object Value)[] more)
    {
        var named = keys.Select((key, i) => ("@k" + i.ToString(CultureInfo.InvariantCulture), (object)key)).ToList();
        return (named.Count == 0 ? "NULL" : string.Join(", ", named.Select(n => n.Item1)), [.. named, .. more]);
    }

    /// <summary>The kind constant for a stored kind, so 100,000 reports share four strings instead of holding their own.</summary>
    private static string Kind(string stored) => CountKinds.Summed.FirstOrDefault(k => k == stored) ?? stored;

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A stored day (yyyy-MM-dd), read without the general parser: hundreds of thousands are read per query.</summary>
    private static DateOnly Day(DbDataReader reader, int ordinal)
    {
        var text = reader.GetString(ordinal);
        return text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new DateOnly(Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2))
            : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int Digits(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }
}
