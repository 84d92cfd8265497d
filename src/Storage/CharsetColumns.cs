using System.Data.Common;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Storage;

/// <summary>
/// An article's <see cref="CharsetDecision"/> in the <c>charset_declared</c>, <c>charset_used</c>, <c>charset_reason</c> and
/// <c>charset_replaced</c> columns. The reason is written as the CLI's JSON writes it (camelCase), so a query and
/// <c>pipeline extract --json</c> use the same words.
/// </summary>
internal static class CharsetColumns
{
    /// <summary>The columns, in the order <see cref="Read"/> expects them.</summary>
    public const string Names = "charset_declared, charset_used, charset_reason, charset_replaced";

    /// <summary>Adds <c>$charset_declared</c>, <c>$charset_used</c>, <c>$charset_reason</c> and <c>$charset_replaced</c>; all NULL without a decision.</summary>
    /// <param name="parameters">The command's parameters.</param>
    /// <param name="decision">The decision, or null when no body was decoded.</param>
    public static void Add(SqliteParameterCollection parameters, CharsetDecision? decision)
    {
        parameters.AddWithValue("$charset_declared", (object?)decision?.Declared ?? DBNull.Value);
        parameters.AddWithValue("$charset_used", (object?)decision?.Used ?? DBNull.Value);
        parameters.AddWithValue("$charset_reason", decision is null ? DBNull.Value : ReasonName(decision.Reason));
        parameters.AddWithValue("$charset_replaced", decision is null ? DBNull.Value : decision.ReplacedCharacters);
    }

    /// <summary>Adds <c>@charset_declared</c>, <c>@charset_used</c>, <c>@charset_reason</c> and <c>@charset_replaced</c>; all NULL without a decision.</summary>
    /// <param name="parameters">The command's parameters.</param>
    /// <param name="decision">The decision, or null when no body was decoded.</param>
    public static void Add(NpgsqlParameterCollection parameters, CharsetDecision? decision)
    {
        parameters.AddWithValue("charset_declared", NpgsqlTypes.NpgsqlDbType.Text, (object?)decision?.Declared ?? DBNull.Value);
        parameters.AddWithValue("charset_used", NpgsqlTypes.NpgsqlDbType.Text, (object?)decision?.Used ?? DBNull.Value);
        parameters.AddWithValue("charset_reason", NpgsqlTypes.NpgsqlDbType.Text, decision is null ? DBNull.Value : ReasonName(decision.Reason));
        parameters.AddWithValue("charset_replaced", NpgsqlTypes.NpgsqlDbType.Integer, decision is null ? DBNull.Value : decision.ReplacedCharacters);
    }

    /// <summary>The decision stored in the four columns from <paramref name="first"/> on.</summary>
    /// <param name="reader">A reader positioned on a row.</param>
    /// <param name="first">The ordinal of <c>charset_declared</c>.</param>
    /// <returns>The decision, or null when none was stored or its reason is one this program does not know.</returns>
    public static CharsetDecision? Read(DbDataReader reader, int first)
    {
        if (reader.IsDBNull(first + 1)
            || reader.IsDBNull(first + 2)
            || !Enum.TryParse<CharsetReason>(reader.GetString(first + 2), ignoreCase: true, out var reason)
            || !Enum.IsDefined(reason))
        {
            return null;
        }

        return new CharsetDecision(
            reader.IsDBNull(first) ? null : reader.GetString(first),
            reader.GetString(first + 1),
            reason,
            reader.IsDBNull(first + 3) ? 0 : reader.GetInt32(first + 3));
    }

    /// <summary>The stored (and printed) name of a reason: "declared", "declaredUtf8MostlyInvalid".</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>Its camelCase name.</returns>
    public static string ReasonName(CharsetReason reason) => JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());
}
