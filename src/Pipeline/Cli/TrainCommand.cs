using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Analysis.Facts;
using Pipeline.Analysis.Topics;
using Pipeline.Corpus;
using Pipeline.Output;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline train [--data FILE] [--out FILE] [--seed N] [--algorithm A] [--folds K] [--no-gold] [--json]</c>:
/// trains the topic model, prints cross-validated figures per learner and label, and writes the model file.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Option<string?>("--data") { Description = "Training data, JSON Lines (default: the shipped data/training/topics.jsonl).", HelpName = "FILE" };
        var output = new Option<string?>("--out") { Description = "Model file to write (default: <data-dir>/models/topics.zip, which then replaces the shipped model for that data directory).", HelpName = "FILE" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model.", DefaultValueFactory = _ => 42 };
        var algorithm = new Option<string>("--algorithm") { Description = "sdca-logistic-regression (default: it evaluated better), lightgbm, or auto (cross-validate both and keep the better; takes minutes).", DefaultValueFactory = _ => TopicTrainer.Sdca };
        algorithm.AcceptOnlyFromAmong("auto", TopicTrainer.Sdca, TopicTrainer.LightGbm);
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (2 to 10).", DefaultValueFactory = _ => 5 };
        folds.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 2 or > 10) { r.AddError("--folds must be between 2 and 10."); } });
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the logistic regression; larger is smoother (above 0).", DefaultValueFactory = _ => new TopicTrainerOptions().L2Regularization };
        l2.Validators.Add(r => { if (r.GetValueOrDefault<float>() is not > 0f) { r.AddError("--l2 must be above 0."); } });
        var paragraphWeight = new Option<double>("--paragraph-weight") { Description = "How far a label's score moves from the whole text's towards its best paragraph's, 0 to 1.", DefaultValueFactory = _ => new TopicTrainerOptions().ParagraphWeight };
        paragraphWeight.Validators.Add(r => { if (r.GetValueOrDefault<double>() is not (>= 0 and <= 1)) { r.AddError("--paragraph-weight must be between 0 and 1."); } });
        var noGold = new Option<bool>("--no-gold") { Description = "Do not add the gold corpus's train split to the training data (the dev split still sets thresholds; the test split is never used)." };
        var json = GlobalOptions.Json();
        var command = new Command("train", "Train the topic model (ML.NET), print cross-validated figures and write the model file with its metadata.") { data, output, seed, algorithm, folds, l2, paragraphWeight, noGold, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            () =>
            {
                using var services = CommandServices.Create(context, parseResult);
                var productData = services.GetRequiredService<ProductData>();
                var taxonomy = services.GetRequiredService<Taxonomy>();
                var dataPath = parseResult.GetValue(data) ?? productData.TopicTraining;
                var outPath = parseResult.GetValue(output) ?? services.GetRequiredService<DataDirectory>().TopicModelPath;
                var (examples, sha) = TopicTrainingData.Load(dataPath, taxonomy);
                var gold = GoldCorpus.Load(productData.DemoArticles);
                var goldTrain = parseResult.GetValue(noGold) ? [] : gold.Where(g => g.Split == "train").Select(ToExample).ToList();
                var development = gold.Where(g => g.Split == "dev").Select(ToExample).ToList();
                var trainer = new TopicTrainer(taxonomy, services.GetRequiredService<FactAnalyzer>().PartnersOf, context.TimeProvider);
                var options = new TopicTrainerOptions { Seed = parseResult.GetValue(seed), Folds = parseResult.GetValue(folds), Algorithm = parseResult.GetValue(algorithm)!,
                    L2Regularization = parseResult.GetValue(l2), ParagraphWeight = parseResult.GetValue(paragraphWeight) };
                TopicModel? model = null;
                if (parseResult.GetValue(json))
                {
                    model = trainer.Train([.. examples, .. goldTrain], development, options, sha, goldTrain.Count, null, cancellationToken);
                }
                else
                {
                    context.Console.Status().Start("training", status => model = trainer.Train(
                        [.. examples, .. goldTrain], development, options, sha, goldTrain.Count, new Progress<string>(step => status.Status(Markup.Escape(step))), cancellationToken));
                }

                model!.Save(outPath);
                if (parseResult.GetValue(json))
                {
                    context.Out.WriteLine(Json.Serialize(new { model = Path.GetFullPath(outPath), metadata = model.Metadata }));
                }
                else
                {
                    Render(context.Console, model.Metadata, outPath);
                }

                return Task.FromResult(ExitCodes.Ok);
            },
            cancellationToken));
        return command;
    }

    private static TopicExample ToExample(GoldArticle article) =>
        new(article.Source.Slug, article.Text, article.Facts.Topics.Select(t => t.Label).ToList(), article.Facts.Cooperation.Value);

    private static void Render(IAnsiConsole console, TopicModelMetadata metadata, string path)
    {
        foreach (var (learner, targets) in metadata.CrossValidation)
        {
            var table = new Table().Title($"Cross-validation: {learner}{(learner == metadata.Algorithm ? " (kept)" : string.Empty)}").AddColumns("Target", "Positives", "P", "R", "F1", "AUC");
            foreach (var (target, m) in targets)
            {
                table.AddRow(target, m.Positives.ToString(CultureInfo.InvariantCulture), F(m.Precision), F(m.Recall), F(m.F1), F(m.Auc));
            }

            table.Caption(string.Create(CultureInfo.InvariantCulture, $"mean F1 {targets.Values.Average(m => m.F1):0.000}"));
            console.Write(table);
        }

        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[bold]Model written:[/] {Markup.Escape(Path.GetFullPath(path))} ({metadata.Algorithm}, {metadata.TrainingExamples} examples + {metadata.GoldTrainArticles} gold train articles, seed {metadata.Seed}, {metadata.TrainingSeconds:0.0} s)"));
        console.MarkupLine("Thresholds: " + Markup.Escape(string.Join(", ", metadata.Thresholds.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:0.00}")))));
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
