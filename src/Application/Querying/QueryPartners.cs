using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Partners;

namespace Pipeline.Querying;

/// <summary>
/// The partner a search is filtered by, on the command line and on the web alike: the key the facts store for what
/// the user typed.
/// </summary>
public static class QueryPartners
{
    /// <summary>A partner as typed to its key: a gazetteer key, name or acronym to its key, anything else to its slug.</summary>
    /// <param name="typed">The partner as typed.</param>
    /// <returns>The partner key.</returns>
    public static string Key(string typed)
    {
        var gazetteer = FactAnalyzer.Gazetteer;
        var entry = gazetteer?.Entries.FirstOrDefault(e => e.Key == typed || e.Aliases.Any(a => string.Equals(a, typed.Trim(), StringComparison.OrdinalIgnoreCase)));
        return entry?.Key ?? PartnerExtractor.Slug(typed);
    }
}
