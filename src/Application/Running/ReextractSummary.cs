namespace Pipeline.Running;

/// <summary>What <c>pipeline reextract</c> did.</summary>
/// <param name="Files">WARC files read.</param>
/// <param name="Responses">HTML responses found.</param>
/// <param name="New">Articles stored for the first time.</param>
/// <param name="Updated">Articles whose extraction changed.</param>
/// <param name="Unchanged">Articles extracted exactly as stored.</param>
/// <param name="Duplicates">Syndicated copies and variants, not stored again.</param>
/// <param name="Skipped">Responses that are not articles.</param>
/// <param name="Indexed">Articles written to the index afterwards.</param>
public sealed record ReextractSummary(int Files, int Responses, int New, int Updated, int Unchanged, int Duplicates, int Skipped, int Indexed);
