using System.Globalization;
using System.Data.Common;
using Pipeline.Analysis.Trends;
using Pipeline.Text.Facts;

namespace Pipeline.Storage;

/// <summary>
/// Writes the trend projection of articles (article_trend, article_topics, article_partners, article_counts,
/// article_country_topics) inside a
/// caller's transaction (SQLite or PostgreSQL: the statements are portable), replacing what an article had. Commands are prepared once and reused, so a bulk load stays fast.
/// </summary>
internal sealed class TrendFactsWriter : IAsyncDisposable
{
    private static readonly string[] Tables = ["article_trend", "article_topics", "article_partners", "article_counts", "article_country_topics"];

    private readonly DbCommand[] deletes;
    private readonly DbCommand article;
    private readonly DbCommand topic;
    private readonly DbCommand partner;
    private readonly DbCommand count;
    private readonly DbCommand countryTopic;

    public TrendFactsWriter(DbConnection connection, DbTransaction transaction)
    {
        deletes = Tables
            .Select(table => Command(connection, transaction, $"DELETE FROM {table} WHERE article_id = @id", "@id"))
            .ToArray();
        article = Command(connection, transaction, """
            INSERT INTO article_trend (article_id, facts_seq, day, month, outlet, cooperation, story)
            VALUES (@id, @seq, @day, @month, @outlet, @cooperation, @story)
            """, "@id", "@seq", "@day", "@month", "@outlet", "@cooperation", "@story");
        topic = Command(connection, transaction, """
            INSERT INTO article_topics (article_id, label, score, day, month, cooperation)
            VALUES (@id, @label, @score, @day, @month, @cooperation)
            """, "@id", "@label", "@score", "@day", "@month", "@cooperation");
        partner = Command(connection, transaction, """
            INSERT INTO article_partners (article_id, role, partner_key, name, kind, country_code, country, day, month, cooperation)
            VALUES (@id, @role, @key, @name, @kind, @code, @country, @day, @month, @cooperation)
            """, "@id", "@role", "@key", "@name", "@kind", "@code", "@country", "@day", "@month", "@cooperation");
        count = Command(connection, transaction, """
            INSERT INTO article_counts (article_id, ordinal, kind, currency, amount, approx, noun, span, unit, day, cooperation, story)
            VALUES (@id, @ordinal, @kind, @currency, @amount, @approx, @noun, @span, @unit, @day, @cooperation, @story)
            """, "@id", "@ordinal", "@kind", "@currency", "@amount", "@approx", "@noun", "@span", "@unit", "@day", "@cooperation", "@story");
        countryTopic = Command(connection, transaction, """
            INSERT INTO article_country_topics (article_id, country_code, country, label, day, cooperation)
            VALUES (@id, @code, @country, @label, @day, @cooperation)
            """, "@id", "@code", "@country", "@label", "@day", "@cooperation");
    }

    /// <summary>The projection of a stored article, or null when its facts JSON cannot be read.</summary>
    public static ArticleTrendFacts? Project(string factsJson, string? published, string outlet, string? lead, string body)
    {
        var facts = StoredFacts.Read(factsJson);
        if (facts is null)
        {
            return null;
        }

        // Facts stored by an older version may lack a list: what is missing counts as none.
        facts = new ArticleFacts(
            facts.Partners ?? [],
            facts.Parties ?? [],
            facts.Counts ?? [],
            facts.Dates ?? [],
            facts.Topics ?? [],
            facts.Cooperation ?? ArticleFacts.Empty.Cooperation);

        var text = lead is null ? body : string.Concat(lead, "\n", body);
        return TrendProjection.Of(facts, SqlTime.Parse(published), outlet, text);
    }

    /// <summary>Replaces the projection of one article (<paramref name="isNew"/>: it has none yet, nothing to delete).</summary>
    public async Task WriteAsync(string id, long factsSequence, ArticleTrendFacts facts, bool isNew = false, CancellationToken cancellationToken = default)
    {
        if (!isNew)
        {
            await DeleteAsync(id, cancellationToken);
        }

        var day = Day(facts.Day);
        var month = facts.Day?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var cooperation = facts.Cooperation ? 1 : 0;
        Set(article, id, factsSequence, day, month, facts.Outlet, cooperation, facts.Story);
        await article.ExecuteNonQueryAsync(cancellationToken);
        foreach (var t in facts.Topics)
        {
            Set(topic, id, t.Label, t.Score, day, month, cooperation);
            await topic.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var a in facts.Actors)
        {
            Set(partner, id, a.Role, a.Key, a.Name, a.Kind, a.CountryCode, a.Country, day, month, cooperation);
            await partner.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var country in facts.Actors.Where(a => a.Role == TrendActor.Partner && a.CountryCode is not null).GroupBy(a => a.CountryCode!, StringComparer.Ordinal))
        {
            foreach (var t in facts.Topics)
            {
                Set(countryTopic, id, country.Key, country.First().Country ?? country.Key, t.Label, day, cooperation);
                await countryTopic.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        for (var i = 0; i < facts.Counts.Count; i++)
        {
            var c = facts.Counts[i];
            Set(count, id, i, c.Kind, c.Currency, c.Value, c.Approx, c.Noun, c.Span, CountKinds.UnitOf(c.Noun, c.Currency), day, cooperation, facts.Story);
            await count.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Removes the projection of one article.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        foreach (var delete in deletes)
        {
            delete.Parameters[0].Value = id;
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in deletes.Concat([article, topic, partner, count, countryTopic]))
        {
            await command.DisposeAsync();
        }
    }

    /// <summary>A day as stored: yyyy-MM-dd, so text order is day order.</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
