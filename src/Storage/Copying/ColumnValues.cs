using System.Globalization;
using NpgsqlTypes;

namespace Pipeline.Storage.Copying;

/// <summary>
/// SQLite values as the PostgreSQL column wants them. SQLite keeps the program's times as UTC ISO 8601 text and its
/// integers as 64 bits; PostgreSQL has TIMESTAMPTZ and INTEGER for some of them (see <c>PostgresMigrations</c>).
/// </summary>
internal static class ColumnValues
{
    /// <summary>The parameter type of a column, from <c>information_schema.columns.data_type</c>.</summary>
    /// <param name="dataType">The column's data type.</param>
    /// <returns>The Npgsql type.</returns>
    /// <exception cref="StorageException">A type the schema does not use.</exception>
    public static NpgsqlDbType TypeOf(string dataType) => dataType switch
    {
        "text" => NpgsqlDbType.Text,
        "integer" => NpgsqlDbType.Integer,
        "bigint" => NpgsqlDbType.Bigint,
        "double precision" => NpgsqlDbType.Double,
        "numeric" => NpgsqlDbType.Numeric,
        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
        "bytea" => NpgsqlDbType.Bytea,
        _ => throw new StorageException($"The target has a column of type {dataType}, which the copy does not know: use a pipeline of the same version as the target's schema."),
    };

    /// <summary>Converts one value read from SQLite for a column of <paramref name="type"/>.</summary>
    /// <param name="value">What SQLite returned (null, long, double, string or bytes).</param>
    /// <param name="type">The target column's type.</param>
    /// <returns>The value to bind, <see cref="DBNull.Value"/> for null.</returns>
    public static object Convert(object? value, NpgsqlDbType type)
    {
        if (value is null or DBNull)
        {
            return DBNull.Value;
        }

        return type switch
        {
            NpgsqlDbType.Text => value as string ?? System.Convert.ToString(value, CultureInfo.InvariantCulture)!,
            NpgsqlDbType.Integer => System.Convert.ToInt32(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Bigint => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.Double => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
            // SQLite's NUMERIC holds whole numbers as integers and the rest as doubles; both convert exactly enough
            // for the reported counts the column holds (see SqliteTrendStore).
            NpgsqlDbType.Numeric => value is string text ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            NpgsqlDbType.TimestampTz => SqlTime.Parse(System.Convert.ToString(value, CultureInfo.InvariantCulture))!.Value.ToUniversalTime(),
            _ => value,
        };
    }
}
