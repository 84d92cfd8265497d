namespace Pipeline.Bench;

/// <summary>How <c>bench api</c> runs.</summary>
/// <param name="Articles">Generated articles in the index.</param>
/// <param name="Clients">Concurrent clients.</param>
/// <param name="Duration">Measured time.</param>
/// <param name="WarmUp">Time run before measuring.</param>
/// <param name="Seed">Seed of the articles and the sampled queries.</param>
/// <param name="QueriesPerKind">Queries sampled per kind (one-term, two-term, phrase, filtered).</param>
/// <param name="WorkDirectory">Where the index is built and kept for the next run.</param>
internal sealed record ApiBenchmarkOptions(int Articles, int Clients, TimeSpan Duration, TimeSpan WarmUp, int Seed, int QueriesPerKind, string WorkDirectory);
