using System.Globalization;

namespace Pipeline.Storage;

/// <summary>Display names of partner keys, from the trend fact tables: facets carry keys, people read names.</summary>
/// <param name="database">The database.</param>
internal sealed class SqlitePartnerNames(PipelineDatabase database) : IPartnerNames
{
    /// <summary>A name for each of <paramref name="keys"/> that the facts know (the most written one).</summary>
    /// <param name="keys">Partner keys, a few dozen at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Key to name, for the keys found.</returns>
    public async Task<IReadOnlyDictionary<string, string>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return names;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var parameters = keys.Select((key, i) =>
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"$k{i}");
            command.Parameters.AddWithValue(name, key);
            return name;
        }).ToList();
        command.CommandText = $"""
            SELECT partner_key, name, COUNT(*) AS mentions FROM article_partners
            WHERE role = 'partner' AND partner_key IN ({string.Join(", ", parameters)})
            GROUP BY partner_key, name ORDER BY partner_key, mentions DESC, name
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.TryAdd(reader.GetString(0), reader.GetString(1));
        }

        return names;
    }
}
