using Pipeline.Analysis.Trends;

namespace Pipeline.Storage;

/// <summary>The trend fact tables: grouped reads for <see cref="TrendService"/>, kept in step with the stored facts.</summary>
public interface ITrendStore : ITrendSource
{
    /// <summary>Articles whose facts could not be read during the catch-up; they are in no trend.</summary>
    int Unreadable { get; }

    /// <summary>Projects every article whose trend rows are missing or out of date.</summary>
    /// <param name="cancellationToken">Stops the work between batches.</param>
    /// <returns>How many articles were projected.</returns>
    Task<int> CatchUpAsync(CancellationToken cancellationToken = default);
}
