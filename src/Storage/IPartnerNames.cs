namespace Pipeline.Storage;

/// <summary>Display names of partner keys, from the trend fact tables: facets carry keys, people read names.</summary>
public interface IPartnerNames
{
    /// <summary>A name for each of <paramref name="keys"/> that the facts know (the most written one).</summary>
    /// <param name="keys">Partner keys, a few dozen at most.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Key to name, for the keys found.</returns>
    Task<IReadOnlyDictionary<string, string>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
