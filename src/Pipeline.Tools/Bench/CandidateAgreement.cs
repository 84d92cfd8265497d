namespace Pipeline.Bench;

/// <summary>How close a search's first page comes to every match rescored with the full ranking in a second pass, for one kind of query.</summary>
/// <param name="Kind">The kind of query.</param>
/// <param name="Queries">Queries compared (those with at least one match).</param>
/// <param name="SharedAt10">Mean share of the first ten results of ranking every match also on the first page.</param>
/// <param name="SameFirst">Share of queries whose first result is the same.</param>
public sealed record CandidateAgreement(string Kind, int Queries, double SharedAt10, double SameFirst);
