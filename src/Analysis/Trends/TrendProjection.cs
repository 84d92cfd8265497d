using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Trends;

/// <summary>Turns an article's facts into the projection trends aggregate.</summary>
public static class TrendProjection
{
    /// <summary>Vietnamese time, in which publication days are counted.</summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);

    /// <summary>The projection of one article.</summary>
    /// <param name="facts">Its facts.</param>
    /// <param name="published">Its publication time, if known.</param>
    /// <param name="outlet">Its outlet's name.</param>
    /// <param name="text">Its analysed text (lead and body), for the story signature.</param>
    /// <returns>The projection.</returns>
    public static ArticleTrendFacts Of(ArticleFacts facts, DateTimeOffset? published, string outlet, string text)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(outlet);
        ArgumentNullException.ThrowIfNull(text);
        var actors = facts.Partners.Select(p => Actor(TrendActor.Partner, p))
            .Concat(facts.Parties.Select(p => Actor(TrendActor.Party, p)))
            .DistinctBy(a => (a.Role, a.Key))
            .ToList();
        var topics = facts.Topics.DistinctBy(t => t.Label).ToList();
        var counts = facts.Counts.Select(c => new TrendCount(CountKinds.Of(c), c.Currency, c.Value, c.Approx, c.Noun, c.Span)).ToList();
        return new ArticleTrendFacts(DayOf(published), outlet, facts.Cooperation.Value, StorySignature.Of(text), topics, actors, counts);
    }

    /// <summary>The publication day in Vietnamese time.</summary>
    /// <param name="published">The publication time, if known.</param>
    /// <returns>The day, or null.</returns>
    public static DateOnly? DayOf(DateTimeOffset? published) =>
        published is { } time ? DateOnly.FromDateTime(time.ToOffset(VietnamOffset).DateTime) : null;

    private static TrendActor Actor(string role, PartnerFact fact) =>
        new(role, fact.Key, fact.Name, fact.Kind, string.IsNullOrEmpty(fact.CountryCode) ? null : fact.CountryCode, string.IsNullOrEmpty(fact.Country) ? null : fact.Country);
}
