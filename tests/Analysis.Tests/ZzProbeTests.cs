using System.Diagnostics;
using Pipeline.Analysis.Counts;
using Pipeline.Analysis.Dates;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Partners;
using Xunit.Abstractions;

namespace Pipeline.Analysis.Tests;

public sealed class ZzProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var texts = Directory.GetFiles("/work/main/data/demo-site/articles", "*.md").Select(f => File.ReadAllText(f).Split("\n===\n")[0]).ToList();
        var g = Gazetteer.Load(Path.Combine(AppContext.BaseDirectory, "data", "gazetteers"));
        var pe = new PartnerExtractor(g);
        foreach (var t in texts) { FactAnalyzer.Analyze(t, null); }
        var sw = Stopwatch.StartNew();
        for (var p = 0; p < 2; p++) { foreach (var t in texts) { DateExtractor.Extract(t, null); } }
        output.WriteLine($"dates {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var p = 0; p < 2; p++) { foreach (var t in texts) { CountExtractor.Extract(t, []); } }
        output.WriteLine($"counts {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var p = 0; p < 2; p++) { foreach (var t in texts) { InstitutionScanner.Find(t); } }
        output.WriteLine($"scanner {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var p = 0; p < 2; p++) { foreach (var t in texts) { pe.Analyze(t); } }
        output.WriteLine($"partners {sw.ElapsedMilliseconds}"); sw.Restart();
        for (var p = 0; p < 2; p++) { foreach (var t in texts) { FactAnalyzer.Analyze(t, null); } }
        output.WriteLine($"all {sw.ElapsedMilliseconds} chars {texts.Sum(t => t.Length)}");
    }
}
