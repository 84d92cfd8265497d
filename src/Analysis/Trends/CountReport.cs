namespace Pipeline.Analysis.Trends;

/// <summary>One count as one article reports it.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Day">Its publication day.</param>
/// <param name="Story">Its story signature.</param>
/// <param name="Count">The count.</param>
public sealed record CountReport(string ArticleId, DateOnly Day, long Story, TrendCount Count);
