namespace Pipeline.Evaluation;

/// <summary>Ranking quality over the judged queries.</summary>
/// <param name="Articles">Gold articles indexed.</param>
/// <param name="NdcgAt10">Mean nDCG@10.</param>
/// <param name="RecallAt10">Mean recall@10 (relevant in the first ten over min(10, relevant)).</param>
/// <param name="Queries">Each query's figures, worst first.</param>
/// <param name="Matching">Whether the whole result sets match the words as typed; null where the engine was scored on its first page only.</param>
public sealed record SearchEvaluation(int Articles, double NdcgAt10, double RecallAt10, IReadOnlyList<SearchQueryScore> Queries, MatchEvaluation? Matching = null);
