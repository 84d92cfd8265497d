using Pipeline.Analysis.Topics;

namespace Pipeline.Analysis.Tests.Topics;

public sealed class TopicTrainingDataTests : IDisposable
{
    private static readonly Taxonomy Taxonomy = Taxonomy.Load(Path.Combine(AppContext.BaseDirectory, "data", "taxonomy.json"));
    private readonly string file = Path.Combine(Path.GetTempPath(), $"topics-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public void Load_ValidLines_ExamplesAndHash()
    {
        File.WriteAllText(file, """
            {"id": "a", "text": "Bệnh viện Bạch Mai nhận máy thở do JICA tài trợ.", "labels": ["infrastructure-equipment", "foreign-aid-funding"], "cooperation": true}

            {"text": "Hà Nội ghi nhận 300 ca sốt xuất huyết.", "labels": ["other"], "cooperation": false}
            """);

        var (examples, sha) = TopicTrainingData.Load(file, Taxonomy);

        Assert.Equal(2, examples.Count);
        Assert.Equal("a", examples[0].Id);
        Assert.Equal("line-3", examples[1].Id);
        Assert.Equal(64, sha.Length);
    }

    [Theory]
    [InlineData("{\"text\": \"x\", \"labels\": [\"vaccines\"], \"cooperation\": true}", "line 2", "unknown label 'vaccines'")]
    [InlineData("{\"text\": \"x\", \"labels\": [\"other\"], \"cooperation\": tru}", "line 2", "not valid JSON")]
    [InlineData("{\"text\": \"x\", \"labels\": [\"other\"]}", "line 2", "\"cooperation\"")]
    [InlineData("{\"text\": \"  \", \"labels\": [\"other\"], \"cooperation\": false}", "line 2", "\"text\" is empty")]
    [InlineData("{\"text\": \"x\", \"labels\": [], \"cooperation\": false}", "line 2", "\"labels\" is empty")]
    [InlineData("[1, 2]", "line 2", "not a JSON object")]
    public void Load_BadLine_ErrorNamesTheLine(string badLine, string _, string problem)
    {
        File.WriteAllText(file, "{\"text\": \"Tin tốt.\", \"labels\": [\"other\"], \"cooperation\": false}\n" + badLine + "\n");

        var error = Assert.Throws<InvalidDataException>(() => TopicTrainingData.Load(file, Taxonomy));

        Assert.Contains($"{file}:2:", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_ClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => TopicTrainingData.Load(file + ".missing", Taxonomy));

        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedTrainingData_MeetsTheIssueMinimums()
    {
        var (examples, _) = TopicTrainingData.Load(Path.Combine(AppContext.BaseDirectory, "data", "training", "topics.jsonl"), Taxonomy);

        Assert.True(examples.Count >= 1200, $"{examples.Count} examples");
        foreach (var label in Taxonomy.Labels.Select(l => l.Label))
        {
            var count = examples.Count(e => e.Labels.Contains(label));
            Assert.True(count >= 120, $"{label}: {count} examples");
        }

        Assert.All(examples.Where(e => !e.Cooperation), e => Assert.Equal(["other"], e.Labels));
        Assert.Equal(examples.Count, examples.Select(e => e.Text).Distinct(StringComparer.Ordinal).Count());
    }

    public void Dispose() => File.Delete(file);
}
