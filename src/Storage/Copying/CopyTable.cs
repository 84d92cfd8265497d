namespace Pipeline.Storage.Copying;

/// <summary>One table <see cref="StoreCopier"/> copies: walked in key order, written with an upsert on its primary key.</summary>
/// <param name="Name">The table, the same on both providers.</param>
/// <param name="OrderKey">The columns the batches are keyed by, ascending; unique together.</param>
/// <param name="ConflictKey">The primary key the upsert meets an existing row on.</param>
/// <param name="OverwriteWhen">
/// When a row the target already has takes the source's values, as SQL over <c>t</c> (the target's row) and
/// <c>EXCLUDED</c> (the source's); null for "when any column differs", so a second copy writes nothing.
/// </param>
internal sealed record CopyTable(string Name, IReadOnlyList<string> OrderKey, IReadOnlyList<string> ConflictKey, string? OverwriteWhen = null)
{
    /// <summary>
    /// Everything the stores hold, articles first so that a node following the target sees the sequence grow in
    /// order, the store sequence last so that it never runs ahead of the articles. Not copied: host leases (SQLite
    /// never uses them; the target gets one free row per frontier host), the Quartz tables (each scheduler registers
    /// its own trigger) and schema_version (the target's own migrations).
    /// </summary>
    public static IReadOnlyList<CopyTable> All { get; } =
    [
        new("articles", ["seq"], ["id"]),
        new("frontier", ["url"], ["url"]),
        new("runs", ["id"], ["id"]),
        new("article_trend", ["article_id"], ["article_id"]),
        new("article_topics", ["article_id", "label"], ["article_id", "label"]),
        new("article_partners", ["article_id", "role", "partner_key"], ["article_id", "role", "partner_key"]),
        new("article_counts", ["article_id", "ordinal"], ["article_id", "ordinal"]),
        new("article_country_topics", ["article_id", "country_code", "label"], ["article_id", "country_code", "label"]),
        // The target may have stored articles of its own since an earlier copy: its sequence only ever grows.
        new("store_sequence", ["name"], ["name"], "t.value < EXCLUDED.value"),
    ];
}
