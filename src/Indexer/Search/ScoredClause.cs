using Lucene.Net.Index;

namespace Pipeline.Indexer.Search;

/// <summary>
/// A clause of a <see cref="PostingsSearch"/>: a term, read straight from its postings and scored with its normalized
/// weight, or a phrase, which Lucene's own phrase scorer reads and scores (matching positions is its work either way).
/// </summary>
/// <param name="Term">The term; for a phrase, its first term, which names the field.</param>
/// <param name="States">The term's place in each segment's terms dictionary, found once for the whole index; null for a phrase.</param>
/// <param name="Weight">The term's query weight times idf, as Lucene's term weight computes it; unused for a phrase.</param>
/// <param name="Phrase">The phrase's weight, normalized as in the whole query; null for a term.</param>
internal sealed record ScoredClause(Term Term, TermContext? States, float Weight, Lucene.Net.Search.Weight? Phrase = null);
