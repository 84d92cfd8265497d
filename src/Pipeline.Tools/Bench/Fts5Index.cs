using System.Globalization;
using Microsoft.Data.Sqlite;
using Pipeline.Indexer.Schema;

namespace Pipeline.Bench;

/// <summary>
/// The SQLite FTS5 baseline of <c>bench index</c>: the same title, lead and text in an FTS5 table (unicode61,
/// remove_diacritics 2, bm25 ranking), facts in a plain table, searched the way a results page needs it:
/// the best ten with snippets, the total, and for filtered searches the facet counts over every match.
/// </summary>
internal sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection connection;

    private Fts5Index(SqliteConnection connection)
    {
        this.connection = connection;
    }

    public static Fts5Index Create(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, """
            CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = "unicode61 remove_diacritics 2");
            CREATE TABLE docs (doc INTEGER PRIMARY KEY, id TEXT NOT NULL, published INTEGER NOT NULL);
            CREATE TABLE doc_facet (doc INTEGER NOT NULL, dim TEXT NOT NULL, value TEXT NOT NULL);
            CREATE TEMP TABLE hits (doc INTEGER PRIMARY KEY, score REAL NOT NULL);
            """);
        return new Fts5Index(connection);
    }

    /// <summary>Adds every article in one transaction, then builds the facet index.</summary>
    public void AddAll(IReadOnlyList<IndexedArticle> articles)
    {
        using (var transaction = connection.BeginTransaction())
        {
            using var text = Command("INSERT INTO fts (rowid, title, body) VALUES ($doc, $title, $body)", transaction);
            using var doc = Command("INSERT INTO docs (doc, id, published) VALUES ($doc, $id, $published)", transaction);
            using var facet = Command("INSERT INTO doc_facet (doc, dim, value) VALUES ($doc, $dim, $value)", transaction);
            for (var i = 0; i < articles.Count; i++)
            {
                var article = articles[i];
                text.Parameters["$doc"].Value = i + 1;
                text.Parameters["$title"].Value = article.Title;
                text.Parameters["$body"].Value = article.Lead is null ? article.Body : string.Concat(article.Lead, "\n", article.Body);
                text.ExecuteNonQuery();
                doc.Parameters["$doc"].Value = i + 1;
                doc.Parameters["$id"].Value = article.Id;
                doc.Parameters["$published"].Value = article.Published?.ToUnixTimeMilliseconds() ?? long.MinValue;
                doc.ExecuteNonQuery();
                foreach (var (dim, value) in Facets(article))
                {
                    facet.Parameters["$doc"].Value = i + 1;
                    facet.Parameters["$dim"].Value = dim;
                    facet.Parameters["$value"].Value = value;
                    facet.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        Execute(connection, "CREATE INDEX ix_doc_facet_doc ON doc_facet (doc); CREATE INDEX ix_doc_facet_value ON doc_facet (dim, value, doc);");
    }

    /// <summary>The ids of the best ten, and the total.</summary>
    public (IReadOnlyList<string> Ids, int Total) Search(string match)
    {
        var ids = new List<string>(10);
        using (var top = Command("""
            SELECT d.id, fts.title, snippet(fts, 1, '<mark>', '</mark>', '…', 24)
            FROM fts JOIN docs d ON d.doc = fts.rowid
            WHERE fts MATCH $match ORDER BY fts.rank LIMIT 10
            """))
        {
            top.Parameters["$match"].Value = match;
            using var reader = top.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
                _ = reader.GetString(1);
                _ = reader.GetString(2);
            }
        }

        using var count = Command("SELECT count(*) FROM fts WHERE fts MATCH $match");
        count.Parameters["$match"].Value = match;
        return (ids, Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <summary>A search narrowed to one topic and a time range, with the best ten, the total and every facet count.</summary>
    public (IReadOnlyList<string> Ids, int Total, int FacetValues) SearchFiltered(string match, string topic, DateTimeOffset from, DateTimeOffset to)
    {
        Execute(connection, "DELETE FROM hits");
        using (var fill = Command("""
            INSERT INTO hits (doc, score)
            SELECT fts.rowid, fts.rank FROM fts JOIN docs d ON d.doc = fts.rowid
            WHERE fts MATCH $match AND d.published >= $from AND d.published < $to
              AND EXISTS (SELECT 1 FROM doc_facet t WHERE t.doc = fts.rowid AND t.dim = 'topic' AND t.value = $topic)
            """))
        {
            fill.Parameters["$match"].Value = match;
            fill.Parameters["$from"].Value = from.ToUnixTimeMilliseconds();
            fill.Parameters["$to"].Value = to.ToUnixTimeMilliseconds();
            fill.Parameters["$topic"].Value = topic;
            fill.ExecuteNonQuery();
        }

        var ids = new List<string>(10);
        using (var top = Command("""
            SELECT d.id, fts.title, snippet(fts, 1, '<mark>', '</mark>', '…', 24)
            FROM fts JOIN docs d ON d.doc = fts.rowid
            WHERE fts MATCH $match AND fts.rowid IN (SELECT doc FROM hits ORDER BY score LIMIT 10) ORDER BY fts.rank
            """))
        {
            top.Parameters["$match"].Value = match;
            using var reader = top.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        using var count = Command("SELECT count(*) FROM hits");
        var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        var values = 0;
        using var facets = Command("SELECT f.dim, f.value, count(*) FROM doc_facet f JOIN hits h ON h.doc = f.doc GROUP BY f.dim, f.value");
        using (var reader = facets.ExecuteReader())
        {
            while (reader.Read())
            {
                values++;
            }
        }

        return (ids, total, values);
    }

    public void Dispose() => connection.Dispose();

    private static IEnumerable<(string Dim, string Value)> Facets(IndexedArticle article)
    {
        yield return ("outlet", article.Outlet);
        if (article.Published is { } published)
        {
            yield return ("month", published.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        if (article.Facts is not { } facts)
        {
            yield break;
        }

        foreach (var topic in facts.Topics.Select(t => t.Label).Distinct(StringComparer.Ordinal))
        {
            yield return ("topic", topic);
        }

        foreach (var key in facts.Partners.Select(p => p.Key).Distinct(StringComparer.Ordinal))
        {
            yield return ("partner", key);
        }

        foreach (var code in facts.Partners.Select(p => p.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            yield return ("country", code);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$[a-z]+").Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
