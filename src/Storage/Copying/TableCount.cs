namespace Pipeline.Storage.Copying;

/// <summary>One table after a copy: rows in the source, rows in the target, rows this copy wrote.</summary>
/// <param name="Table">The table.</param>
/// <param name="Source">Rows in the SQLite store.</param>
/// <param name="Target">Rows in the PostgreSQL store.</param>
/// <param name="Written">Rows this copy inserted or changed.</param>
public sealed record TableCount(string Table, long Source, long Target, long Written)
{
    /// <summary>True when both sides hold the same number of rows.</summary>
    public bool Matches => Source == Target;
}
