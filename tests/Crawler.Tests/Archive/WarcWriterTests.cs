using System.Net;
using System.Text;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Archive;

public sealed class WarcWriterTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "pipeline-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task WriteAsync_TwoExchanges_ReadBackAsWarcinfoRequestResponsePairs()
    {
        using (var writer = new WarcWriter(directory, "crawl-test", TimeProvider.System))
        {
            await writer.WriteAsync(Result("https://tin.example.vn/a.htm", "<p>Hợp tác y tế</p>", truncated: false));
            await writer.WriteAsync(Result("https://tin.example.vn/b.htm", "<p>Đào tạo</p>", truncated: true));
        }

        var file = Assert.Single(Directory.GetFiles(directory, "*.warc.gz"));
        var records = WarcReader.Read(file).ToList();

        Assert.Equal(["warcinfo", "request", "response", "request", "response"], records.Select(r => r.Type));
        var response = records[2];
        Assert.Equal("https://tin.example.vn/a.htm", response.TargetUri);
        Assert.Equal(records[1].Headers["WARC-Record-ID"], response.Headers["WARC-Concurrent-To"]);
        var http = Encoding.UTF8.GetString(response.Block);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", http, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Encoding", http, StringComparison.Ordinal);
        Assert.EndsWith("\r\n\r\n<p>Hợp tác y tế</p>", http, StringComparison.Ordinal);
        Assert.StartsWith("GET /a.htm HTTP/1.1\r\nHost: tin.example.vn\r\n", Encoding.UTF8.GetString(records[1].Block), StringComparison.Ordinal);
        Assert.False(response.Headers.ContainsKey("WARC-Truncated"));
        Assert.Equal("length", records[4].Headers["WARC-Truncated"]);
        Assert.StartsWith("sha256:", response.Headers["WARC-Payload-Digest"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TornLastRecord_ReturnsTheCompleteOnes()
    {
        string file;
        using (var writer = new WarcWriter(directory, "crawl-torn", TimeProvider.System))
        {
            await writer.WriteAsync(Result("https://tin.example.vn/a.htm", new string('x', 50_000), truncated: false));
            await writer.WriteAsync(Result("https://tin.example.vn/b.htm", new string('y', 50_000), truncated: false));
            file = writer.Files[0];
        }

        var bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..^40]);

        var records = WarcReader.Read(file).ToList();

        Assert.True(records.Count >= 3, "the records before the tear survive");
        Assert.Equal("https://tin.example.vn/a.htm", records[2].TargetUri);
    }

    [Fact]
    public async Task WriteAsync_NoResponse_WritesNothing()
    {
        using var writer = new WarcWriter(directory, "crawl-none", TimeProvider.System);

        await writer.WriteAsync(FetchResult.Failed(new Uri("https://tin.example.vn/x"), null, "network error"));

        Assert.Empty(writer.Files);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static FetchResult Result(string url, string body, bool truncated)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        return new FetchResult(new Uri(url), new Uri(url), HttpStatusCode.OK, "text/html", body, "utf-8", bytes.Length, truncated, null)
        {
            Body = bytes,
            Headers = [new("Content-Type", "text/html; charset=utf-8"), new("Content-Encoding", "gzip"), new("Server", "test")],
            RequestHeaders = [new("User-Agent", "PipelineBot/0.1")],
        };
    }
}
