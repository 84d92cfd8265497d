using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pipeline.Corpus;

namespace Pipeline.Tools.Tests.Corpus;

/// <summary>
/// The written topic training data is original: no run of eight words is shared with any gold article (every split,
/// header and body), except inside institution and place names, which both may legitimately spell out.
/// </summary>
public sealed partial class TrainingDataOverlapTests
{
    private const int RunLength = 8;

    // Journalism shares stock phrases of eight words with any other news text ("thiết lập quan hệ ngoại giao giữa hai
    // nước"); a twelve-word run shared with a third-party excerpt is a copied sentence.
    private const int CopyRunLength = 12;
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data");

    [Fact]
    public void TrainingData_EightWordRuns_NoneSharedWithAGoldArticleOutsideNames()
    {
        var names = Names();
        var gold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(GoldCorpus.DefaultDirectory, "*.md"))
        {
            gold.UnionWith(Runs(File.ReadAllText(file).Split("\n===\n")[0], names));
        }

        var shared = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(Path.Combine(Data, "training", "topics.jsonl")))
        {
            number++;
            if (line.Trim().Length > 0)
            {
                using var json = JsonDocument.Parse(line);
                shared.AddRange(Runs(json.RootElement.GetProperty("text").GetString()!, names).Where(gold.Contains).Select(run => $"line {number}: {run}"));
            }
        }

        Assert.True(gold.Count > 10_000, $"{gold.Count} gold runs: the gold articles were not read");
        Assert.True(shared.Count == 0, $"{shared.Count} shared runs:\n{string.Join('\n', shared.Take(40))}");
    }

    /// <summary>
    /// The real-dev excerpts are third-party text: none of their twelve-word runs (outside the names they annotate,
    /// which are facts) may appear in the repository's training data, demo and gold articles, data files or tests.
    /// </summary>
    [SharedDataFact("real-dev")]
    public void Repository_TwelveWordRuns_NoneSharedWithARealDevExcerpt()
    {
        var root = SharedData.RepositoryRoot!;
        var texts = RealDevCorpus.Load(SharedData.Directory("real-dev")!);
        var names = Names();
        names.AddRange(texts.SelectMany(t => t.Facts.Partners.Concat(t.Facts.Parties)).SelectMany(p => new[] { p.Name, p.Span }).Select(Tokens).Where(t => t.Length > 0));
        names = [.. names.DistinctBy(t => string.Join(' ', t)).OrderByDescending(t => t.Length)];
        var excerpts = texts.SelectMany(t => Runs(t.Text, names, CopyRunLength)).ToHashSet(StringComparer.Ordinal);
        var files = new[] { "data", "tests", "src", "docs" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".cs" or ".json" or ".jsonl" or ".md" or ".txt" or ".html");

        var shared = files.SelectMany(f => Runs(File.ReadAllText(f), names, CopyRunLength).Where(excerpts.Contains).Select(run => $"{Path.GetRelativePath(root, f)}: {run}")).ToList();

        Assert.True(excerpts.Count > 1_000, $"{excerpts.Count} real-dev runs: the excerpts were not read");
        Assert.True(shared.Count == 0, $"{shared.Count} runs shared with real-dev:\n{string.Join('\n', shared.Take(40))}");
    }

    [Fact]
    public void Runs_CopiedSentence_FoundUnlessANameBreaksIt()
    {
        var names = new[] { "Bệnh viện Bạch Mai" }.Select(Tokens).ToList();

        Assert.Equal(5, Runs("Hai bên thống nhất cử chuyên gia sang làm việc dài hạn.", names).Count());
        Assert.Empty(Runs("Hai bên cử chuyên gia sang Bệnh viện Bạch Mai làm việc dài hạn.", names));
        Assert.Equal(Runs("HAI BÊN thống nhất, cử chuyên gia sang làm việc", names), Runs("hai bên thống nhất cử chuyên gia sang làm việc", names));
    }

    /// <summary>The text's runs of eight (or <paramref name="length"/>) words (lowercase, NFC), none of which crosses or includes a name.</summary>
    private static IEnumerable<string> Runs(string text, IReadOnlyList<string[]> names, int length = RunLength)
    {
        var tokens = Tokens(text);
        var run = new List<string>();
        for (var i = 0; i <= tokens.Length; i++)
        {
            var name = i < tokens.Length ? names.FirstOrDefault(n => n.Length <= tokens.Length - i && n.AsSpan().SequenceEqual(tokens.AsSpan(i, n.Length))) : null;
            if (i < tokens.Length && name is null)
            {
                run.Add(tokens[i]);
                continue;
            }

            for (var start = 0; start + length <= run.Count; start++)
            {
                yield return string.Join(' ', run.Skip(start).Take(length));
            }

            run.Clear();
            i += (name?.Length ?? 1) - 1;
        }
    }

    private static string[] Tokens(string text) =>
        [.. Word().Matches(text.Normalize(NormalizationForm.FormC).ToLowerInvariant()).Select(m => m.Value)];

    /// <summary>The gazetteers' organisations, countries, provinces and places, and the shared names list; longest first.</summary>
    private static List<string[]> Names()
    {
        var names = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "SharedNames.txt")).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        foreach (var (file, array) in new[] { ("organizations", "organizations"), ("countries", "countries"), ("provinces", "provinces"), ("places", "places") })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Data, "gazetteers", file + ".json")));
            foreach (var entry in json.RootElement.GetProperty(array).EnumerateArray())
            {
                names.Add(entry.GetProperty("name").GetString()!);
                if (entry.TryGetProperty("aliases", out var aliases))
                {
                    names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
                }
            }
        }

        return [.. names.Select(Tokens).Where(t => t.Length > 0).DistinctBy(t => string.Join(' ', t)).OrderByDescending(t => t.Length)];
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
