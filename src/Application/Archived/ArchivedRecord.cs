namespace Pipeline.Archived;

/// <summary>Where one archived HTML response lies in the raw archive.</summary>
/// <param name="Id">The GUID of its WARC-Record-ID (urn:uuid:…): the copy's permalink.</param>
/// <param name="TargetUri">The address it was fetched from (WARC-Target-URI).</param>
/// <param name="CrawledAt">When it was fetched (WARC-Date).</param>
/// <param name="File">The .warc.gz file that holds it.</param>
public sealed record ArchivedRecord(Guid Id, string TargetUri, DateTimeOffset CrawledAt, string File)
{
    /// <summary>The permalink path of the copy in the web app.</summary>
    public string Permalink => $"/archive/{Id:D}";
}
