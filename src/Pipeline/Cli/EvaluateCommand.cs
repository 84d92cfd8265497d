using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Corpus;
using Pipeline.Evaluation;
using Pipeline.Output;
using Pipeline.Storage;
using Pipeline.Text.Facts;
using Pipeline.Topics;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline evaluate [--split test] [--json]</c> runs the product on the gold corpus;
/// <c>pipeline evaluate --corpus DIR [--split dev|test|all]</c> scores facts and topics on another annotated corpus;
/// <c>pipeline evaluate --benchmark article-extraction --data DIR</c> scores the extractor on the public benchmark.
/// </summary>
internal static class EvaluateCommand
{

    public static Command Create(CliContext context)
    {
        var split = new Option<string>("--split") { Description = "Gold split to evaluate: train, dev, test or all.", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong([.. GoldSplit.Names, "all"]);
        var benchmark = new Option<string?>("--benchmark") { Description = "Score the extractor on a public benchmark instead (article-extraction)." };
        benchmark.AcceptOnlyFromAmong("article-extraction");
        var data = new Option<string?>("--data") { Description = "The benchmark's directory (holding ground-truth.json, html/, reference-outputs/).", HelpName = "DIR" };
        var searchOnly = new Option<bool>("--search") { Description = "Score search instead: ranking of the judged queries of data/search/judged-queries.json over the whole gold corpus (nDCG@10, recall@10), and whether whole result sets match the words as typed, those queries plus data/search/accented-queries.json (precision for queries with diacritics, recall for those without)." };
        var topicsOnly = new Option<bool>("--topics") { Description = "Report only the topic classifiers: the keyword baseline and the ML.NET model side by side." };
        var model = new Option<string?>("--model") { Description = "The topic model to evaluate (default: the data directory's own, else the shipped one).", HelpName = "FILE" };
        var errors = new Option<bool>("--errors") { Description = "Also list every missed and spurious fact and topic label, article by article (tune on train and dev, never on test)." };
        var corpus = new Option<string?>("--corpus") { Description = "Measure facts and topics on another annotated corpus instead: a directory of one JSON file per text in ANNOTATION's shape (such as ../shared/real-dev), split dev/test by a hash of each id.", HelpName = "DIR" };
        var json = GlobalOptions.Json();
        var command = new Command("evaluate", "Measure extraction, facts and topics on the gold corpus or another annotated corpus, or the extractor on a public benchmark.") { split, benchmark, data, searchOnly, topicsOnly, model, errors, corpus, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(benchmark) is not null && string.IsNullOrWhiteSpace(result.GetValue(data)))
            {
                result.AddError("--benchmark needs --data DIR.");
            }

            if (result.GetValue(corpus) is not null && result.GetValue(split) == "train")
            {
                result.AddError("--corpus has only the dev and test splits (or all).");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            () =>
            {
                if (parseResult.GetValue(benchmark) is not null)
                {
                    var result = GoldEvaluator.EvaluateBenchmark(parseResult.GetValue(data)!);
                    if (parseResult.GetValue(json))
                    {
                        context.Out.WriteLine(Json.Serialize(result));
                    }
                    else
                    {
                        RenderBenchmark(context.Console, result);
                    }

                    return Task.FromResult(ExitCodes.Ok);
                }

                if (parseResult.GetValue(searchOnly))
                {
                    var evaluation = SearchEvaluator.Evaluate(GoldCorpus.Load(GoldCorpus.DefaultDirectory), SearchEvaluator.LoadQueries(SearchEvaluator.DefaultQueriesPath), SearchEvaluator.LoadTypedQueries(SearchEvaluator.DefaultTypedQueriesPath));
                    if (parseResult.GetValue(json))
                    {
                        context.Out.WriteLine(Json.Serialize(evaluation));
                    }
                    else
                    {
                        RenderSearch(context.Console, evaluation);
                    }

                    return Task.FromResult(ExitCodes.Ok);
                }

                // A development tool over the shipped data: only the default model needs the settings (its data directory).
                var topics = new TopicClassifierCache(ProductData.Shipped, FactAnalyzer.Load(ProductData.Shipped.Gazetteers));
                var classifier = parseResult.GetValue(model) is { } modelPath
                    ? topics.Load(modelPath)
                    : topics.For(new DataDirectory(GlobalOptions.LoadSettings(parseResult).DataDir));
                if (classifier.Problem is { } problem)
                {
                    context.Error.WriteLine($"warning: {problem} Topics are reported for the keyword baseline only.");
                }

                if (parseResult.GetValue(corpus) is { } corpusDirectory)
                {
                    var texts = RealDevCorpus.Load(corpusDirectory).Where(t => parseResult.GetValue(split) is "all" || t.Split == parseResult.GetValue(split)).ToList();
                    var scorer = new AnnotationScorer(topics.Facts.Analyze, FactAnalyzer.Coverage, Classifiers(classifier, topics));
                    var corpusReport = new CorpusEvaluationReport(corpusDirectory, parseResult.GetValue(split)!, texts.Count, scorer.Facts(texts), scorer.Topics(texts));
                    if (parseResult.GetValue(json))
                    {
                        context.Out.WriteLine(Json.Serialize(corpusReport));
                        return Task.FromResult(ExitCodes.Ok);
                    }

                    context.Console.MarkupLine(CultureInfo.InvariantCulture, "[bold]Corpus {0}, split '{1}': {2} texts[/]", Markup.Escape(corpusDirectory), corpusReport.Split, corpusReport.Articles);
                    if (!parseResult.GetValue(topicsOnly))
                    {
                        RenderFacts(context.Console, corpusReport.Facts);
                    }

                    RenderTopics(context.Console, corpusReport.Topics);
                    if (parseResult.GetValue(errors))
                    {
                        if (!parseResult.GetValue(topicsOnly))
                        {
                            RenderErrors(context.Console, corpusReport.Facts.Errors);
                        }

                        RenderTopicErrors(context.Console, corpusReport.Topics);
                    }

                    return Task.FromResult(ExitCodes.Ok);
                }

                var report = CreateEvaluator(classifier, topics).Evaluate(parseResult.GetValue(split)!);
                if (parseResult.GetValue(json))
                {
                    context.Out.WriteLine(Json.Serialize(report));
                }
                else
                {
                    Render(context.Console, report, parseResult.GetValue(topicsOnly));
                    if (parseResult.GetValue(errors))
                    {
                        if (!parseResult.GetValue(topicsOnly))
                        {
                            RenderErrors(context.Console, report.Facts.Errors);
                        }

                        RenderTopicErrors(context.Console, report.Topics);
                    }
                }

                return Task.FromResult(ExitCodes.Ok);
            },
            cancellationToken));
        return command;
    }

    private static GoldEvaluator CreateEvaluator(TopicClassifier classifier, TopicClassifierCache topics) =>
        new(DemoArticleReader.ReadDirectory(GoldCorpus.DefaultDirectory), topics.Facts.Analyze, FactAnalyzer.Coverage, Classifiers(classifier, topics));

    private static Dictionary<string, Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)>> Classifiers(TopicClassifier classifier, TopicClassifierCache topics)
    {
        var keywords = new KeywordTopicClassifier(topics.Taxonomy);
        var classifiers = new Dictionary<string, Func<string, (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation)>> { ["keyword baseline"] = keywords.Classify };
        if (classifier.Model is { } model)
        {
            classifiers[$"ML.NET {model.Metadata.Algorithm} ({Path.GetFileName(classifier.ModelPath)})"] = text => model.Classify(text, topics.Facts.PartnersOf(text));
        }

        return classifiers;
    }

    private static void Render(IAnsiConsole console, GoldEvaluationReport report, bool topicsOnly)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]Gold split '{0}': {1} articles[/]", report.Split, report.Articles);
        if (!topicsOnly)
        {
            RenderExtractionAndFacts(console, report);
        }

        RenderTopics(console, report.Topics);
    }

    private static void RenderExtractionAndFacts(IAnsiConsole console, GoldEvaluationReport report)
    {
        var extraction = new Table().Title("Extraction").AddColumns("Outlet", "Pages", "Title exact", "Published exact", "Body P", "Body R", "Body F1");
        foreach (var (outlet, figures) in report.Extraction.ByOutlet ?? new Dictionary<string, ExtractionEvaluation>())
        {
            AddExtractionRow(extraction, outlet, figures);
        }

        AddExtractionRow(extraction, "[bold]all[/]", report.Extraction);
        console.Write(extraction);
        RenderFacts(console, report.Facts);
    }

    private static void RenderFacts(IAnsiConsole console, FactEvaluation evaluation)
    {
        var facts = new Table().Title("Facts").Caption(Markup.Escape($"analyzer: {evaluation.Analyzer}")).AddColumns("Fact", "P", "R", "F1");
        foreach (var (name, score) in new[] { ("partners", evaluation.Partners), ("parties", evaluation.Parties), ("counts", evaluation.Counts), ("dates", evaluation.Dates) })
        {
            facts.AddRow(name, P(score.Precision), P(score.Recall), P(score.F1));
        }

        console.Write(facts);
    }

    private static void RenderTopics(IAnsiConsole console, IReadOnlyList<TopicEvaluation> classifiers)
    {
        if (classifiers.Count > 1)
        {
            var summary = new Table().Title("Topics: side by side").AddColumns("Classifier", "micro-F1", "macro-F1", "cooperation accuracy");
            foreach (var c in classifiers)
            {
                summary.AddRow(Markup.Escape(c.Classifier), P(c.MicroF1), P(c.MacroF1), P(c.CooperationAccuracy));
            }

            console.Write(summary);
        }

        foreach (var topics in classifiers)
        {
            var table = new Table().Title($"Topics: {Markup.Escape(topics.Classifier)}")
                .Caption(string.Create(CultureInfo.InvariantCulture, $"micro-F1 {topics.MicroF1:0.000}, macro-F1 {topics.MacroF1:0.000}, cooperation accuracy {topics.CooperationAccuracy:0.000}"))
                .AddColumns("Label", "P", "R", "F1");
            foreach (var (label, score) in topics.PerLabel)
            {
                table.AddRow(label, P(score.Precision), P(score.Recall), P(score.F1));
            }

            console.Write(table);
        }
    }

    private static void RenderSearch(IAnsiConsole console, SearchEvaluation evaluation)
    {
        var table = new Table().Title($"Search: {evaluation.Queries.Count} judged queries over {evaluation.Articles} gold articles").AddColumns("Query", "Relevant", "Found", "nDCG@10", "Recall@10");
        foreach (var q in evaluation.Queries)
        {
            table.AddRow(Markup.Escape(q.Query), q.Relevant.ToString(CultureInfo.InvariantCulture), q.Found.ToString(CultureInfo.InvariantCulture), P(q.NdcgAt10), P(q.RecallAt10));
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"mean nDCG@10 {evaluation.NdcgAt10:0.000}, mean recall@10 {evaluation.RecallAt10:0.000}"));
        console.Write(table);
        if (evaluation.Matching is { } matching)
        {
            RenderMatching(console, matching);
        }
    }

    private static void RenderMatching(IAnsiConsole console, MatchEvaluation matching)
    {
        var table = new Table().Title($"Matching as typed: {matching.Queries.Count} queries, every match judged").AddColumns("Query", "Typed", "Matched", "Containing", "Both", "Precision", "Recall");
        foreach (var q in matching.Queries)
        {
            table.AddRow(
                Markup.Escape(q.Query),
                q.Accented ? "with marks" : "without",
                q.Matched.ToString(CultureInfo.InvariantCulture),
                q.Containing.ToString(CultureInfo.InvariantCulture),
                q.Both.ToString(CultureInfo.InvariantCulture),
                P(q.Precision),
                P(q.Recall));
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"queries with marks: precision {matching.AccentedPrecision:0.000}; without: recall {matching.UnaccentedRecall:0.000}"));
        console.Write(table);
    }

    private static void RenderErrors(IAnsiConsole console, IReadOnlyList<FactError> errors)
    {
        var table = new Table().Title($"Fact errors ({errors.Count})").AddColumns("Article", "Fact", "Error", "Span", "Compared");
        foreach (var error in errors.OrderBy(e => e.Fact, StringComparer.Ordinal).ThenBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start))
        {
            table.AddRow(Markup.Escape(error.Article), error.Fact, error.Error, Markup.Escape(error.Span), Markup.Escape(error.Detail));
        }

        console.Write(table);
    }

    private static void RenderTopicErrors(IAnsiConsole console, IReadOnlyList<TopicEvaluation> classifiers)
    {
        foreach (var topics in classifiers)
        {
            var table = new Table().Title($"Topic errors: {Markup.Escape(topics.Classifier)} ({topics.Errors.Count} articles)")
                .AddColumns("Article", "Gold", "Predicted", "Missed", "Spurious", "Cooperation (gold/predicted)");
            foreach (var error in topics.Errors.OrderBy(e => e.Article, StringComparer.Ordinal))
            {
                table.AddRow(
                    Markup.Escape(error.Article),
                    Markup.Escape(string.Join(", ", error.Expected)),
                    Markup.Escape(string.Join(", ", error.Predicted.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Label} {t.Score:0.00}")))),
                    Markup.Escape(string.Join(", ", error.Missed)),
                    Markup.Escape(string.Join(", ", error.Spurious)),
                    error.Cooperation == error.PredictedCooperation ? string.Empty : $"{Flag(error.Cooperation)}/{Flag(error.PredictedCooperation)}");
            }

            console.Write(table);
        }

        static string Flag(bool value) => value ? "true" : "false";
    }

    private static void RenderBenchmark(IAnsiConsole console, BenchmarkEvaluation result)
    {
        var table = new Table().Title($"Article-extraction benchmark ({result.Pages} pages)").AddColumns("Extractor", "Precision", "Recall", "F1");
        table.AddRow("[bold]pipeline[/]", P(result.Ours.Precision), P(result.Ours.Recall), P(result.Ours.F1));
        table.AddRow("SmartReader 0.11.1 (this run)", P(result.SmartReader.Precision), P(result.SmartReader.Recall), P(result.SmartReader.F1));
        foreach (var (name, score) in result.References)
        {
            table.AddRow(Markup.Escape(name) + " (reference output)", P(score.Precision), P(score.Recall), P(score.F1));
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture, $"{result.Pages} pages: ours {result.Milliseconds} ms, SmartReader {result.SmartReaderMilliseconds} ms (first run, JIT included; see pipeline bench extract)"));
        console.Write(table);
    }

    private static void AddExtractionRow(Table table, string name, ExtractionEvaluation figures) =>
        table.AddRow(name, figures.Pages.ToString(CultureInfo.InvariantCulture), P(figures.TitleExact), P(figures.PublishedExact), P(figures.Body.Precision), P(figures.Body.Recall), P(figures.Body.F1));

    private static string P(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
