using Pipeline.Crawler.Archive;

namespace Pipeline.Archived;

/// <summary>
/// Finds archived HTML responses in the raw archive: by record id (the permalink) and by the address and time an
/// article was fetched. The store keeps no link to the WARC records, so the files are scanned once and their
/// records' places kept in memory; a file whose size or time changes (a crawl still writing it) is scanned again.
/// </summary>
/// <param name="rawPath">The directory of the .warc.gz files.</param>
public sealed class WarcLocator(string rawPath)
{
    // A refetch is stamped a moment after its WARC record is written; the copy of an article is the last record at
    // or before its fetch time, with this much slack for the clock's steps between the two.
    private static readonly TimeSpan FetchSlack = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly Dictionary<string, ScannedFile> files = new(StringComparer.Ordinal);

    /// <summary>The record with this id; null when no file holds it (any more).</summary>
    public ArchivedRecord? Find(Guid id)
    {
        foreach (var file in Refresh())
        {
            if (file.ById.TryGetValue(id, out var record))
            {
                return record;
            }
        }

        return null;
    }

    /// <summary>
    /// The copy an article was extracted from: the last HTML response for its address (or its canonical one) fetched
    /// at or before its fetch time; failing that, the last one at all.
    /// </summary>
    public ArchivedRecord? FindFor(string url, string canonicalUrl, DateTimeOffset fetchedAt)
    {
        var candidates = new List<ArchivedRecord>();
        foreach (var file in Refresh())
        {
            candidates.AddRange(file.ByUri.GetValueOrDefault(url) ?? []);
            if (canonicalUrl != url)
            {
                candidates.AddRange(file.ByUri.GetValueOrDefault(canonicalUrl) ?? []);
            }
        }

        return candidates.Where(r => r.CrawledAt <= fetchedAt + FetchSlack).MaxBy(r => r.CrawledAt) ?? candidates.MaxBy(r => r.CrawledAt);
    }

    /// <summary>The page of a record; null when its file, or the record in it, is gone or unreadable.</summary>
    /// <remarks>
    /// Reads the file from its start up to the record: .NET's gzip reader does not tell where each record's member
    /// begins, so no offset can be kept. Files roll over at 512 MB, which bounds the read.
    /// </remarks>
    public static ArchivedPage? Read(ArchivedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        try
        {
            foreach (var warc in WarcReader.Read(record.File))
            {
                if (ArchivedResponse.IdOf(warc) == record.Id)
                {
                    return new ArchivedPage(record, ArchivedResponse.Text(warc));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }

    private List<ScannedFile> Refresh()
    {
        var present = Directory.Exists(rawPath) ? Directory.GetFiles(rawPath, "*.warc.gz").Order(StringComparer.Ordinal).ToList() : [];
        lock (gate)
        {
            foreach (var gone in files.Keys.Except(present, StringComparer.Ordinal).ToList())
            {
                files.Remove(gone);
            }

            var scanned = new List<ScannedFile>(present.Count);
            foreach (var path in present)
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    continue;
                }

                if (!files.TryGetValue(path, out var file) || file.Length != info.Length || file.WrittenAt != info.LastWriteTimeUtc)
                {
                    file = Scan(path, info);
                    files[path] = file;
                }

                scanned.Add(file);
            }

            return scanned;
        }
    }

    private static ScannedFile Scan(string path, FileInfo info)
    {
        var byId = new Dictionary<Guid, ArchivedRecord>();
        var byUri = new Dictionary<string, List<ArchivedRecord>>(StringComparer.Ordinal);
        try
        {
            foreach (var warc in WarcReader.Read(path))
            {
                if (warc.TargetUri is not { } uri || !ArchivedResponse.IsHtmlPage(warc) || ArchivedResponse.IdOf(warc) is not { } id || ArchivedResponse.DateOf(warc) is not { } date)
                {
                    continue;
                }

                var record = new ArchivedRecord(id, uri, date, path);
                byId[id] = record;
                if (!byUri.TryGetValue(uri, out var list))
                {
                    byUri[uri] = list = [];
                }

                list.Add(record);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A file that is not WARC, damaged or unreadable adds what was read before the fault: the others still serve.
        }

        return new ScannedFile(info.Length, info.LastWriteTimeUtc, byId, byUri);
    }

    private sealed record ScannedFile(long Length, DateTime WrittenAt, Dictionary<Guid, ArchivedRecord> ById, Dictionary<string, List<ArchivedRecord>> ByUri);
}
