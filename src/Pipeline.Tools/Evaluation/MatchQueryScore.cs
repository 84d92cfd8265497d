namespace Pipeline.Evaluation;

/// <summary>How well one query's whole result set agrees with the words as typed.</summary>
/// <param name="Query">The query.</param>
/// <param name="Accented">Whether a word of it was typed with diacritics.</param>
/// <param name="Matched">Articles the search matched.</param>
/// <param name="Containing">Gold articles that contain the query's words as typed.</param>
/// <param name="Both">Matched articles that contain them.</param>
/// <param name="Wrong">Up to five articles that break the rule: matched without the words as typed, or, for a query without diacritics, containing them unmatched.</param>
public sealed record MatchQueryScore(string Query, bool Accented, int Matched, int Containing, int Both, IReadOnlyList<string> Wrong)
{
    /// <summary>Share of the matches that contain the words as typed (1 when nothing matched).</summary>
    public double Precision => Matched == 0 ? 1 : Math.Round(Both / (double)Matched, 3);

    /// <summary>Share of the articles containing the words as typed that were matched (1 when none contain them).</summary>
    public double Recall => Containing == 0 ? 1 : Math.Round(Both / (double)Containing, 3);
}
