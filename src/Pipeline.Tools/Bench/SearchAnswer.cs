using System.Text.Json;

namespace Pipeline.Bench;

/// <summary>Reads the two figures <c>bench api</c> keeps from an <c>/api/search</c> answer.</summary>
internal static class SearchAnswer
{
    /// <summary>The answer's total and the searcher's own time ("tookMs"), read without building the whole document.</summary>
    public static (long Total, long TookMs) Figures(ReadOnlySpan<byte> body)
    {
        long total = 0, took = 0;
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read() && reader.CurrentDepth <= 1)
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                if (reader.ValueTextEquals("total"u8) && reader.Read())
                {
                    total = reader.GetInt64();
                }
                else if (reader.ValueTextEquals("tookMs"u8) && reader.Read())
                {
                    took = reader.GetInt64();
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // A 200 that is not the search API's JSON (a test server's text) carries no figures.
        }

        return (total, took);
    }
}
