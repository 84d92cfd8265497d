namespace Pipeline.Running;

/// <summary>What <c>pipeline reindex</c> did.</summary>
/// <param name="Reanalysed">Articles analysed again (with <c>--reanalyze</c>).</param>
/// <param name="Indexed">Documents in the new index.</param>
/// <param name="Sequence">The store sequence the new index's commit records.</param>
public sealed record ReindexSummary(int Reanalysed, int Indexed, long Sequence);
