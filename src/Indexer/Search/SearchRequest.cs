namespace Pipeline.Indexer.Search;

/// <summary>A search.</summary>
/// <param name="Query">Free text with "phrases", AND/OR/NOT; empty lists everything, newest first.</param>
/// <param name="Limit">Hits per page; 1 to 100.</param>
/// <param name="Page">1-based page number.</param>
public sealed record SearchRequest(string Query, int Limit = 10, int Page = 1);
