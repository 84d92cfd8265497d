namespace Pipeline.Bench;

/// <summary>The figures of <c>pipeline bench index</c>.</summary>
/// <param name="Articles">Generated articles indexed by both engines.</param>
/// <param name="TextMegabytes">Their title, lead and text, UTF-8 megabytes.</param>
/// <param name="IndexingThreads">Threads feeding the Lucene writer (SQLite has one writer).</param>
/// <param name="QueriesPerKind">Queries timed per kind, after a warm-up.</param>
/// <param name="Engines">Ours first, then the baseline.</param>
/// <param name="CandidateAgreement">Per kind of query, how close our first page comes to ranking every match.</param>
public sealed record IndexBenchmarkResult(int Articles, double TextMegabytes, int IndexingThreads, int QueriesPerKind, IReadOnlyList<EngineFigures> Engines, IReadOnlyList<CandidateAgreement> CandidateAgreement);
