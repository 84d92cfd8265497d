using System.Data.Common;
using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage;

/// <summary>Frontier rows read back as entries, the same on every provider.</summary>
internal static class FrontierRows
{
    /// <summary>Reads every row of <paramref name="reader"/>, whose columns are url, source, state, attempts, etag and last_modified, in that order.</summary>
    public static async Task<IReadOnlyList<FrontierEntry>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var entries = new List<FrontierEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new FrontierEntry(
                new Uri(reader.GetString(0)),
                reader.GetString(1),
                FrontierStates.Parse(reader.GetString(2)),
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }
}
