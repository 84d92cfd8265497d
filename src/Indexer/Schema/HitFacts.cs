using Pipeline.Text.Facts;

namespace Pipeline.Indexer.Schema;

/// <summary>
/// The part of the stored facts a search hit shows: its topics and its partners' names. Reading only these skips
/// building the counts, dates and spans of every hit on a page.
/// </summary>
/// <param name="Topics">Topics with their scores, best first.</param>
/// <param name="Partners">Partners in text order, names only.</param>
internal sealed record HitFacts(IReadOnlyList<TopicScore>? Topics, IReadOnlyList<HitPartner>? Partners);
