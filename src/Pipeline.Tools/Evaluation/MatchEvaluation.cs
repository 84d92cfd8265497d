namespace Pipeline.Evaluation;

/// <summary>
/// Whether search matches what the user typed, judged over every match rather than the first page: a word typed with
/// diacritics must match only that spelling, one typed without must match every accented form.
/// </summary>
/// <param name="AccentedPrecision">Over the queries with diacritics, matched articles containing the words as typed over all matched (pooled).</param>
/// <param name="UnaccentedRecall">Over the queries without diacritics, articles containing the words that were matched over all containing them (pooled).</param>
/// <param name="Queries">Each query's figures, accented first, worst first.</param>
public sealed record MatchEvaluation(double AccentedPrecision, double UnaccentedRecall, IReadOnlyList<MatchQueryScore> Queries);
