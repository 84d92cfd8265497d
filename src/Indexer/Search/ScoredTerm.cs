using Lucene.Net.Index;

namespace Pipeline.Indexer.Search;

/// <summary>A term of a <see cref="PostingsSearch"/> with where it stands in each segment and its normalized weight.</summary>
/// <param name="Term">The term.</param>
/// <param name="States">Its place in each segment's terms dictionary, found once for the whole index.</param>
/// <param name="Weight">Its query weight times idf, as Lucene's term weight computes it.</param>
internal sealed record ScoredTerm(Term Term, TermContext States, float Weight);
