using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Corpus;
using Pipeline.Corpus.Synthetic;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline generate-corpus --articles N --out DIR [--seed S] [--no-html]</c>: a deterministic synthetic corpus with gold, for benchmarks.</summary>
internal static class GenerateCorpusCommand
{
    public const int MaxArticles = 1_000_000;

    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = $"How many articles (1 to {MaxArticles:N0}).", Required = true };
        articles.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > MaxArticles) { r.AddError($"--articles must be between 1 and {MaxArticles}."); } });
        var output = new Option<string>("--out") { Description = "Output directory (gold.jsonl, html/<outlet>/<slug>.html).", Required = true, HelpName = "DIR" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same corpus.", DefaultValueFactory = _ => 42 };
        var noHtml = new Option<bool>("--no-html") { Description = "Write gold.jsonl only, without the HTML pages." };
        var json = GlobalOptions.Json();
        var command = new Command("generate-corpus", "Generate deterministic synthetic articles, their HTML pages in the demo layouts, and exact gold (for benchmarks up to 100,000 articles).") { articles, output, seed, noHtml, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var count = parseResult.GetValue(articles);
                var directory = parseResult.GetValue(output)!;
                if (File.Exists(directory))
                {
                    throw new InvalidDataException($"--out {directory} is a file; give a directory.");
                }

                var vocabulary = SyntheticVocabulary.From(GoldCorpus.Load(GoldCorpus.DefaultDirectory));
                var generator = new SyntheticCorpusGenerator(vocabulary, parseResult.GetValue(seed));
                var stopwatch = Stopwatch.StartNew();
                long bytes;
                using (var writer = new SyntheticCorpusWriter(directory, !parseResult.GetValue(noHtml)))
                {
                    await WithProgressAsync(context.Console, !parseResult.GetValue(json), count, tick =>
                    {
                        var written = 0;
                        foreach (var article in generator.Generate(count))
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            writer.Write(article);
                            if (++written % 500 == 0)
                            {
                                tick(written);
                            }
                        }

                        tick(written);
                    });
                    bytes = writer.Bytes;
                }

                var summary = new { articles = count, directory = Path.GetFullPath(directory), seed = parseResult.GetValue(seed), bytes, elapsedMs = stopwatch.ElapsedMilliseconds };
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(summary));
                }
                else
                {
                    context.Console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Wrote [bold]{count:N0}[/] articles ({bytes / 1_048_576.0:0.0} MiB) to {Markup.Escape(summary.directory)} in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static async Task WithProgressAsync(IAnsiConsole console, bool enabled, int total, Action<Action<int>> work)
    {
        if (!enabled || !console.Profile.Capabilities.Interactive)
        {
            work(_ => { });
            return;
        }

        await console.Progress().StartAsync(context =>
        {
            var task = context.AddTask("Generating", maxValue: total);
            work(done => task.Value = done);
            return Task.CompletedTask;
        });
    }
}
