using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Archive;

/// <summary>
/// Writes WARC/1.1 files: a warcinfo record, then a request and a response record per exchange, each record
/// its own gzip member, as standard WARC tools expect. Files roll over at <see cref="MaxFileBytes"/>.
/// Bodies are stored decompressed: Content-Encoding and Transfer-Encoding are dropped from the archived
/// headers and Content-Length is set to what is stored; a body cut at the size limit is marked WARC-Truncated.
/// </summary>
public sealed class WarcWriter : IRawArchive, IDisposable
{
    /// <summary>Size at which a new file is started.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    private static readonly HashSet<string> DroppedHeaders = new(StringComparer.OrdinalIgnoreCase) { "Content-Encoding", "Transfer-Encoding", "Content-Length" };

    private readonly string directory;
    private readonly string prefix;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim gate = new(1, 1);
    private FileStream? file;
    private int fileNumber;

    /// <summary>Creates a writer; files are created on the first record.</summary>
    /// <param name="directory">Where the .warc.gz files go.</param>
    /// <param name="prefix">File name prefix, e.g. "crawl-20250520-000012".</param>
    /// <param name="timeProvider">The clock for WARC-Date.</param>
    public WarcWriter(string directory, string prefix, TimeProvider timeProvider)
    {
        this.directory = directory;
        this.prefix = prefix;
        this.timeProvider = timeProvider;
    }

    /// <summary>Files written so far.</summary>
    public IList<string> Files { get; } = [];

    /// <inheritdoc />
    public async Task WriteAsync(FetchResult fetch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        if (fetch.Status is null)
        {
            return;
        }

        var date = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var requestId = NewId();
        var responseId = NewId();
        var target = fetch.FinalUrl.AbsoluteUri;
        var request = RequestBlock(fetch);
        var response = ResponseBlock(fetch);
        var requestHeaders = new List<(string, string)>
        {
            ("WARC-Type", "request"), ("WARC-Record-ID", requestId), ("WARC-Date", date), ("WARC-Target-URI", target),
            ("WARC-Concurrent-To", responseId), ("Content-Type", "application/http;msgtype=request"),
        };
        var responseHeaders = new List<(string, string)>
        {
            ("WARC-Type", "response"), ("WARC-Record-ID", responseId), ("WARC-Date", date), ("WARC-Target-URI", target),
            ("WARC-Concurrent-To", requestId), ("Content-Type", "application/http;msgtype=response"),
            ("WARC-Payload-Digest", "sha256:" + Base32(SHA256.HashData(fetch.Body.Span))),
        };
        if (fetch.Truncated)
        {
            responseHeaders.Add(("WARC-Truncated", "length"));
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            var stream = CurrentFile(date);
            WriteRecord(stream, requestHeaders, request);
            WriteRecord(stream, responseHeaders, response);
            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        file?.Dispose();
        gate.Dispose();
    }

    private FileStream CurrentFile(string date)
    {
        if (file is not null && file.Length < MaxFileBytes)
        {
            return file;
        }

        file?.Dispose();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{prefix}-{++fileNumber:D5}.warc.gz");
        file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        Files.Add(path);
        var info = Encoding.UTF8.GetBytes("software: Pipeline crawler\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n");
        WriteRecord(file, [("WARC-Type", "warcinfo"), ("WARC-Record-ID", NewId()), ("WARC-Date", date), ("WARC-Filename", Path.GetFileName(path)), ("Content-Type", "application/warc-fields")], info);
        return file;
    }

    private static void WriteRecord(Stream output, List<(string Name, string Value)> headers, byte[] block)
    {
        // One gzip member per record: readers can seek to any record and a torn tail loses one record at most.
        using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        head.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        gzip.Write(Encoding.UTF8.GetBytes(head.ToString()));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }

    private static byte[] RequestBlock(FetchResult fetch)
    {
        var url = fetch.FinalUrl;
        var text = new StringBuilder($"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\n");
        foreach (var (name, value) in fetch.RequestHeaders)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.Append("\r\n").ToString());
    }

    private static byte[] ResponseBlock(FetchResult fetch)
    {
        var status = (int)fetch.Status!.Value;
        var text = new StringBuilder($"HTTP/1.1 {status.ToString(CultureInfo.InvariantCulture)} {fetch.Status}\r\n");
        foreach (var (name, value) in fetch.Headers.Where(h => !DroppedHeaders.Contains(h.Key)))
        {
            text.Append(name).Append(": ").Append(value.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal)).Append("\r\n");
        }

        text.Append("Content-Length: ").Append(fetch.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var head = Encoding.UTF8.GetBytes(text.ToString());
        var block = new byte[head.Length + fetch.Body.Length];
        head.CopyTo(block, 0);
        fetch.Body.Span.CopyTo(block.AsSpan(head.Length));
        return block;
    }

    private static string NewId() => $"<urn:uuid:{Guid.NewGuid()}>";

    private static string Base32(byte[] bytes)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new StringBuilder((bytes.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                output.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            output.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return output.ToString();
    }
}
