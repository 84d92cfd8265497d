namespace Pipeline.Evaluation;

/// <summary>A search query with the rule that says which gold articles are relevant to it (data/search/judged-queries.json).</summary>
/// <param name="Query">What a researcher types.</param>
/// <param name="Partner">Relevant: articles with this gold partner key.</param>
/// <param name="Country">Relevant: articles with a gold partner of this country.</param>
/// <param name="Topic">Relevant: articles with this gold topic.</param>
/// <param name="Phrases">Relevant: articles whose title or text contains one of these (case and tone placement folded).</param>
public sealed record JudgedQuery(string Query, string? Partner = null, string? Country = null, string? Topic = null, IReadOnlyList<string>? Phrases = null);
