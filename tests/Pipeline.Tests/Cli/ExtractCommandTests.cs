using System.IO.Compression;
using System.Text;

namespace Pipeline.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Extract_HtmlGzBomb_InflatesOnlyToTheBodyLimitAndSaysSo()
    {
        // 200 MiB of one letter inside a page, compressed to a few hundred kilobytes.
        var path = temp.Combine("bomb.html.gz");
        await using (var file = File.Create(path))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.ASCII.GetBytes("<html><head><title>Tin mới</title></head><body><h1>Tin mới nhất</h1><p>"));
            var chunk = Encoding.ASCII.GetBytes(new string('A', 1024 * 1024));
            for (var i = 0; i < 200; i++)
            {
                await gzip.WriteAsync(chunk);
            }
        }

        var (exit, _, error) = await CliHarness.RunAsync("extract", path, "--json");

        Assert.Equal(1, exit);
        Assert.Contains("larger than 5 MiB", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
