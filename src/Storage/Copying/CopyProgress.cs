namespace Pipeline.Storage.Copying;

/// <summary>One committed batch of a copy.</summary>
/// <param name="Table">The table.</param>
/// <param name="Read">Source rows read from this table so far.</param>
/// <param name="Written">Rows of this table inserted or changed so far.</param>
public sealed record CopyProgress(string Table, long Read, long Written);
