using System.Globalization;
using System.Text;

namespace Pipeline.Output;

/// <summary>
/// RFC 4180 CSV: a header row of stable column names, fields quoted when they hold a comma, quote or line break,
/// CRLF line ends, numbers and dates in invariant form. Spreadsheet programs read UTF-8 reliably only with a BOM,
/// which the caller asks for.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder text = new();
    private readonly int columns;

    /// <summary>Starts a table with its header row.</summary>
    /// <param name="header">The column names; every later row has as many fields.</param>
    public CsvWriter(params string[] header)
    {
        columns = header.Length;
        Row(header);
    }

    /// <summary>Appends a row.</summary>
    /// <param name="fields">One value per column, written in invariant form.</param>
    /// <returns>This writer.</returns>
    public CsvWriter Row(params object?[] fields)
    {
        if (fields.Length != columns)
        {
            throw new ArgumentException($"A row needs {columns} fields, not {fields.Length}.", nameof(fields));
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = Format(fields[i]);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
        return this;
    }

    /// <summary>The table so far.</summary>
    /// <returns>The CSV text.</returns>
    public override string ToString() => text.ToString();

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
