namespace Pipeline.Evaluation;

/// <summary>How one judged query ranks.</summary>
/// <param name="Query">The query.</param>
/// <param name="Relevant">Relevant gold articles.</param>
/// <param name="Found">Articles the search returned in all.</param>
/// <param name="NdcgAt10">Normalised discounted cumulative gain of the first ten hits (binary relevance).</param>
/// <param name="RecallAt10">Relevant articles in the first ten over min(10, relevant).</param>
public sealed record SearchQueryScore(string Query, int Relevant, int Found, double NdcgAt10, double RecallAt10);
