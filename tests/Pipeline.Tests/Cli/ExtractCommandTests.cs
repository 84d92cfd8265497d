using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Pipeline.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

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

    [Fact]
    public async Task Extract_FileWithStrayInvalidByte_JsonShowsTheCharsetDecision()
    {
        var file = temp.Combine("bai.html");
        var html = Encoding.UTF8.GetBytes(Page("Nghệ An tiếp nhận vắc xin từ Nhật Bản"));
        // 0xFF never occurs in UTF-8: a single bad byte inside otherwise valid text.
        await File.WriteAllBytesAsync(file, [.. html[..^20], 0xFF, .. html[^20..]]);

        var charset = await ExtractCharsetAsync(file);

        Assert.Equal("utf-8", charset.GetProperty("declared").GetString());
        Assert.Equal("utf-8", charset.GetProperty("used").GetString());
        Assert.Equal("declared", charset.GetProperty("reason").GetString());
        Assert.Equal(1, charset.GetProperty("replaced").GetInt32());
    }

    [Fact]
    public async Task Extract_UndeclaredUtf8File_JsonSaysNothingWasDeclared()
    {
        var file = temp.Combine("bai.html");
        await File.WriteAllTextAsync(file, Page("Nghệ An tiếp nhận vắc xin từ Nhật Bản").Replace("<meta charset=\"utf-8\">", string.Empty, StringComparison.Ordinal));

        var charset = await ExtractCharsetAsync(file);

        Assert.Equal(JsonValueKind.Null, charset.GetProperty("declared").ValueKind);
        Assert.Equal("utf-8", charset.GetProperty("used").GetString());
        Assert.Equal("undeclaredUtf8", charset.GetProperty("reason").GetString());
        Assert.Equal(0, charset.GetProperty("replaced").GetInt32());
    }

    public void Dispose() => temp.Dispose();

    private static async Task<JsonElement> ExtractCharsetAsync(string file)
    {
        var (exit, output, error) = await CliHarness.RunAsync("extract", file, "--url", "https://baoyte.example/bai.htm", "--json");
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("charset").Clone();
    }

    private static string Page(string title) => $"""
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
        <meta property="article:published_time" content="2025-07-04T10:00:00+07:00"></head>
        <body><article><h1>{title}</h1><div class="content">
        <p>Sở Y tế Nghệ An tiếp nhận lô vắc xin phòng viêm não Nhật Bản do một tổ chức phi chính phủ trao tặng cho trẻ em miền núi.</p>
        <p>Đợt tiêm đầu tiên dự kiến bắt đầu vào giữa tháng sau tại các trạm y tế xã.</p></div></article></body></html>
        """;
}
