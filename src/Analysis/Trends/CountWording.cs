namespace Pipeline.Analysis.Trends;

/// <summary>How an article words one of its counts.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Ordinal">The count's place among the article's counts.</param>
/// <param name="Noun">The counted noun as written.</param>
/// <param name="Approx">"exact", "about", "more_than" or "less_than".</param>
/// <param name="Span">The text of the count.</param>
public sealed record CountWording(string ArticleId, int Ordinal, string Noun, string Approx, string Span);
