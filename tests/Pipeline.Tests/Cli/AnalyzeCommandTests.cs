using System.Text.Json;

namespace Pipeline.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Analyze_TextFile_PrintsAnnotationShape()
    {
        var file = temp.Combine("bai.txt");
        await File.WriteAllTextAsync(file, "Sáng 20-5, Sở Y tế tiếp đón 46 đoàn chuyên gia nước ngoài, tổng vốn hơn 1,5 tỷ đồng.");

        var (exit, output, error) = await CliHarness.RunAsync("analyze", file, "--published", "2025-05-20", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var field in new[] { "partners", "parties", "counts", "dates", "topics", "cooperation" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        Assert.Equal("2025-05-20", root.GetProperty("dates")[0].GetProperty("resolved").GetString());
        Assert.Equal(0, root.GetProperty("dates")[0].GetProperty("start").GetInt32());
        Assert.Equal("1500000000", root.GetProperty("counts")[1].GetProperty("value").GetRawText());
        Assert.Equal("VND", root.GetProperty("counts")[1].GetProperty("currency").GetString());
    }

    [Fact]
    public async Task Analyze_BadPublishedDate_Exits2()
    {
        var file = temp.Combine("bai.txt");
        await File.WriteAllTextAsync(file, "Sáng 20-5.");

        var (exit, _, error) = await CliHarness.RunAsync("analyze", file, "--published", "hôm qua");

        Assert.Equal(2, exit);
        Assert.Contains("--published", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_FileOverTheBodyLimit_AnalysesTheFirstPartAndWarns()
    {
        var file = temp.Combine("dai.txt");
        var sentence = "Ngày 3/4, Bệnh viện tỉnh tiếp nhận 2 máy thở do Nhật Bản trao tặng. ";
        await File.WriteAllTextAsync(file, new System.Text.StringBuilder().Insert(0, sentence, (6 * 1024 * 1024 / sentence.Length) + 1).ToString());

        var (exit, output, error) = await CliHarness.RunAsync("analyze", file, "--published", "2025-05-20", "--json");

        Assert.True(exit == 0, error);
        Assert.Contains("warning:", error, StringComparison.Ordinal);
        Assert.Contains("only the first 5 Mi", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.NotEqual(0, json.RootElement.GetProperty("counts").GetArrayLength());
    }

    public void Dispose() => temp.Dispose();
}
