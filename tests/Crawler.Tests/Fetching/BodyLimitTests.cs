using System.IO.Compression;
using System.Text;
using Pipeline.Crawler.Fetching;

namespace Pipeline.Crawler.Tests.Fetching;

public sealed class BodyLimitTests
{
    private const int Limit = 5 * 1024 * 1024;

    [Fact]
    public async Task ReadInflatedAsync_GzipBomb_StopsInflatingAtTheLimit()
    {
        // 64 MiB of one letter in well under a megabyte: the shape of the .html.gz bomb.
        var bomb = Gzip(Enumerable.Repeat(Encoding.ASCII.GetBytes(new string('A', 1024 * 1024)), 64));

        var (body, truncated) = await BodyLimit.ReadInflatedAsync(new MemoryStream(bomb), Limit);

        Assert.True(truncated);
        Assert.Equal(Limit, body.Length);
    }

    [Fact]
    public async Task ReadInflatedAsync_SmallGzipPage_InflatedWhole()
    {
        var page = Encoding.UTF8.GetBytes("<html><body><p>Bệnh viện Chợ Rẫy tiếp nhận thiết bị từ đối tác Hàn Quốc.</p></body></html>");

        var (body, truncated) = await BodyLimit.ReadInflatedAsync(new MemoryStream(Gzip([page])), Limit);

        Assert.False(truncated);
        Assert.Equal(page, body);
    }

    [Fact]
    public async Task ReadInflatedAsync_PlainBytes_ReadAsTheyAre()
    {
        var page = Encoding.UTF8.GetBytes("<p>Hà Nội</p>");

        var (body, truncated) = await BodyLimit.ReadInflatedAsync(new MemoryStream(page), Limit);

        Assert.False(truncated);
        Assert.Equal(page, body);
    }

    [Fact]
    public async Task ReadAsync_ExactlyTheLimit_NotTruncated()
    {
        var (body, truncated) = await BodyLimit.ReadAsync(new MemoryStream(new byte[1024]), 1024);

        Assert.False(truncated);
        Assert.Equal(1024, body.Length);
    }

    [Fact]
    public async Task ReadAsync_OneByteOverTheLimit_Truncated()
    {
        var (body, truncated) = await BodyLimit.ReadAsync(new MemoryStream(new byte[1025]), 1024);

        Assert.True(truncated);
        Assert.Equal(1024, body.Length);
    }

    internal static byte[] Gzip(IEnumerable<byte[]> chunks)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            foreach (var chunk in chunks)
            {
                gzip.Write(chunk);
            }
        }

        return output.ToArray();
    }
}
