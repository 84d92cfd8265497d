using System.Globalization;

namespace Pipeline.Storage.Copying;

/// <summary>What a <see cref="StoreCopier"/> copy did.</summary>
/// <param name="Source">The SQLite store, for messages.</param>
/// <param name="Target">The PostgreSQL database, without credentials.</param>
/// <param name="Previous">"new", "resumed" (an earlier copy of this source stopped part-way) or "again" (it completed).</param>
/// <param name="Tables">Rows per table on both sides, every table in copy order.</param>
public sealed record StoreCopyReport(string Source, string Target, string Previous, IReadOnlyList<TableCount> Tables)
{
    /// <summary>Rows this copy inserted or changed, over every table.</summary>
    public long Written => Tables.Sum(t => t.Written);

    /// <summary>True when every table holds as many rows in the target as in the source.</summary>
    public bool Complete => Tables.All(t => t.Matches);

    /// <summary>What differs and what to do, for a copy that is not <see cref="Complete"/>.</summary>
    public string Mismatch =>
        "the counts differ after the copy: " + string.Join("; ", Tables.Where(t => !t.Matches).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Table} {t.Source} in the source, {t.Target} in the target")))
        + ". Either the target was written to after an earlier copy, or the source changed during this one: stop the crawls on both sides and copy again.";
}
