using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Pipeline.Archived;
using Pipeline.Crawler.Archive;
using Pipeline.Crawler.Fetching;
using Pipeline.Storage;
using Pipeline.Tests.Web;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A data directory whose raw archive holds one crawled page written by the crawler's own WARC writer, served by the
/// web app on 127.0.0.1: for the archived copy's tests, with whatever HTML a hostile outlet could send.
/// </summary>
internal sealed class HostileCopyArchive : IAsyncDisposable
{
    private readonly TempDirectory data;
    private readonly WebApplication app;

    private HostileCopyArchive(TempDirectory data, WebApplication app, Uri baseUri, Guid recordId, string warcFile)
    {
        this.data = data;
        this.app = app;
        BaseUri = baseUri;
        RecordId = recordId;
        WarcFile = warcFile;
    }

    public Uri BaseUri { get; }

    public Guid RecordId { get; }

    public string WarcFile { get; }

    /// <param name="url">The address the page was "fetched" from.</param>
    /// <param name="html">The page as the outlet sent it.</param>
    /// <param name="charset">Its charset, named in the Content-Type header.</param>
    public static async Task<HostileCopyArchive> CreateAsync(Uri url, string html, string charset = "utf-8")
    {
        var data = new TempDirectory();
        var directory = new DataDirectory(data.Path);
        await PipelineDatabase.OpenAsync(directory.DatabasePath, create: true, TimeProvider.System);
        // Windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark: the demo's encoder knows how.
        var body = charset == "windows-1258" ? Pipeline.Demo.Windows1258.Encode(html) : Encoding.GetEncoding(charset).GetBytes(html);
        var fetch = new FetchResult(url, url, HttpStatusCode.OK, "text/html", html, charset, body.Length, false, null)
        {
            Body = body,
            Headers = [new("Content-Type", $"text/html; charset={charset}")],
        };
        string file;
        using (var writer = new WarcWriter(directory.RawPath, "test", TimeProvider.System))
        {
            await writer.WriteAsync(fetch);
            file = Assert.Single(writer.Files);
        }

        var recordId = WarcReader.Read(file).Where(r => r.Type == "response").Select(ArchivedResponse.IdOf).Single()!.Value;
        var (app, baseUri) = await WebFixture.StartAsync(data.Path, settings => settings.Web.RateLimitPerMinute = 0);
        return new HostileCopyArchive(data, app, baseUri, recordId, file);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        data.Dispose();
    }
}
