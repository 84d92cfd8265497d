namespace Pipeline.Crawler.Archive;

/// <summary>One record read back from a WARC file.</summary>
/// <param name="Headers">The WARC headers, names case-insensitive.</param>
/// <param name="Block">The record's content block.</param>
public sealed record WarcRecord(IReadOnlyDictionary<string, string> Headers, byte[] Block)
{
    /// <summary>WARC-Type ("warcinfo", "request", "response").</summary>
    public string Type => Headers.GetValueOrDefault("WARC-Type", string.Empty);

    /// <summary>WARC-Target-URI, if any.</summary>
    public string? TargetUri => Headers.GetValueOrDefault("WARC-Target-URI");
}
