using System.Text.Json;

namespace Pipeline.Tests.Cli;

public sealed class TrainCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Train_BadLine_Exits1NamingTheLine()
    {
        var data = temp.Combine("topics.jsonl");
        await File.WriteAllTextAsync(data, "{\"text\": \"Tin tốt.\", \"labels\": [\"other\"], \"cooperation\": false}\n{\"text\": \"Tin xấu.\", \"labels\": [\"tin-xau\"], \"cooperation\": false}\n");

        var (exit, _, error) = await CliHarness.RunAsync("train", "--data", data, "--out", temp.Combine("m.zip"));

        Assert.Equal(1, exit);
        Assert.Contains("topics.jsonl:2: unknown label 'tin-xau'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("m.zip")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Train_SmallData_WritesModelThatTheDataDirectoryThenUses()
    {
        var shipped = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "training", "topics.jsonl"));
        var data = temp.Combine("small.jsonl");
        await File.WriteAllLinesAsync(data, shipped.Where((_, i) => i % 8 == 0));
        var dataDir = temp.Combine("data");

        var (exit, output, error) = await CliHarness.RunAsync("train", "--data", data, "--folds", "2", "--no-gold", "--data-dir", dataDir, "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var metadata = json.RootElement.GetProperty("metadata");
        Assert.Equal(42, metadata.GetProperty("seed").GetInt32());
        Assert.Equal(0, metadata.GetProperty("goldTrainArticles").GetInt32());
        Assert.Equal(8, metadata.GetProperty("thresholds").EnumerateObject().Count());
        Assert.True(File.Exists(Path.Combine(dataDir, "models", "topics.zip")));

        var (benchExit, benchOutput, benchError) = await CliHarness.RunAsync("bench", "classify", "--passes", "1", "--data-dir", dataDir, "--json");
        Assert.True(benchExit == 0, benchError);
        Assert.Contains(Path.Combine(dataDir, "models", "topics.zip"), JsonDocument.Parse(benchOutput).RootElement.GetProperty("model").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_CorruptModelInDataDirectory_WarnsAndFallsBackToKeywords()
    {
        var dataDir = temp.Combine("data");
        Directory.CreateDirectory(Path.Combine(dataDir, "models"));
        await File.WriteAllTextAsync(Path.Combine(dataDir, "models", "topics.zip"), "hỏng");
        var file = temp.Combine("bai.txt");
        await File.WriteAllTextAsync(file, "JICA tài trợ Bệnh viện Bạch Mai 2 triệu USD để đào tạo bác sĩ.");

        var (exit, output, error) = await CliHarness.RunAsync("analyze", file, "--data-dir", dataDir, "--json");

        Assert.True(exit == 0, error);
        Assert.Contains("keyword baseline", error, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(output).RootElement.TryGetProperty("topics", out _));
    }

    [Fact]
    public async Task Evaluate_Topics_ShippedModelBesideTheBaseline()
    {
        var (exit, output, error) = await CliHarness.RunAsync("evaluate", "--topics", "--split", "dev", "--data-dir", temp.Combine("empty"), "--json");

        Assert.True(exit == 0, error);
        var topics = JsonDocument.Parse(output).RootElement.GetProperty("topics");
        Assert.Equal(2, topics.GetArrayLength());
        Assert.StartsWith("ML.NET", topics[1].GetProperty("classifier").GetString(), StringComparison.Ordinal);
        Assert.True(topics[1].GetProperty("microF1").GetDouble() > topics[0].GetProperty("microF1").GetDouble());
    }

    public void Dispose() => temp.Dispose();
}
