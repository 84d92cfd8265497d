using Pipeline.Analysis.Partners;

namespace Pipeline.Querying;

/// <summary>
/// The partner a search is filtered by, on the command line and on the web alike: the key the facts store for what
/// the user typed.
/// </summary>
/// <param name="gazetteer">The gazetteers the facts were found with; null when there are none.</param>
public sealed class QueryPartners(Gazetteer? gazetteer)
{
    /// <summary>A partner as typed to its key: a gazetteer key, name or acronym to its key, anything else to its slug.</summary>
    /// <param name="typed">The partner as typed.</param>
    /// <returns>The partner key.</returns>
    public string Key(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var entry = gazetteer?.Entries.FirstOrDefault(e => e.Key == typed || e.Aliases.Any(a => string.Equals(a, typed.Trim(), StringComparison.OrdinalIgnoreCase)));
        return entry?.Key ?? PartnerExtractor.Slug(typed);
    }
}
