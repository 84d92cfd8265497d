using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Trends;

/// <summary>The compact projection of one article that trends aggregate: one row per article plus its topics, actors and counts.</summary>
/// <param name="Day">Publication day in Vietnamese time; null when undated (such articles are in no trend).</param>
/// <param name="Outlet">The outlet's name.</param>
/// <param name="Cooperation">Whether the article is about international cooperation.</param>
/// <param name="Story">The <see cref="StorySignature"/> of its text, to recognise syndicated copies.</param>
/// <param name="Topics">Topic labels that apply, with their scores.</param>
/// <param name="Actors">Partners and parties, once per role and key.</param>
/// <param name="Counts">Counts, in text order.</param>
public sealed record ArticleTrendFacts(
    DateOnly? Day,
    string Outlet,
    bool Cooperation,
    long Story,
    IReadOnlyList<TopicScore> Topics,
    IReadOnlyList<TrendActor> Actors,
    IReadOnlyList<TrendCount> Counts);
