using System.Text.Json;

namespace Pipeline.Tests.Corpus;

public sealed class GenerateCorpusTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task GenerateCorpus_SameSeed_SameBytes()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("generate-corpus", "--articles", "300", "--seed", "7", "--out", temp.Combine("a"))).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("generate-corpus", "--articles", "300", "--seed", "7", "--out", temp.Combine("b"))).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("generate-corpus", "--articles", "300", "--seed", "8", "--out", temp.Combine("c"), "--no-html")).ExitCode);

        var a = await File.ReadAllBytesAsync(temp.Combine("a/gold.jsonl"));
        Assert.Equal(a, await File.ReadAllBytesAsync(temp.Combine("b/gold.jsonl")));
        Assert.NotEqual(a, await File.ReadAllBytesAsync(temp.Combine("c/gold.jsonl")));
        Assert.Equal(300, Directory.EnumerateFiles(temp.Combine("a/html"), "*.html", SearchOption.AllDirectories).Count());
        Assert.False(Directory.Exists(temp.Combine("c/html")));
    }

    [Fact]
    public async Task GenerateCorpus_Gold_SpansSitAtTheirOffsets()
    {
        Assert.Equal(0, (await CliHarness.RunAsync("generate-corpus", "--articles", "200", "--out", temp.Path, "--no-html")).ExitCode);

        var facts = 0;
        foreach (var line in await File.ReadAllLinesAsync(temp.Combine("gold.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var text = record.RootElement.GetProperty("text").GetString()!;
            foreach (var kind in new[] { "partners", "parties", "counts", "dates" })
            {
                foreach (var fact in record.RootElement.GetProperty(kind).EnumerateArray())
                {
                    var span = fact.GetProperty("span").GetString()!;
                    var start = fact.GetProperty("start").GetInt32();
                    Assert.Equal(span, text.Substring(start, span.Length));
                    facts++;
                }
            }
        }

        Assert.True(facts > 500, $"{facts} facts");
    }

    [Fact]
    public async Task GenerateCorpus_BadCount_Exits2()
    {
        var (exit, _, error) = await CliHarness.RunAsync("generate-corpus", "--articles", "0", "--out", temp.Path);

        Assert.Equal(2, exit);
        Assert.Contains("--articles", error, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
