using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// Trains the <see cref="TopicModel"/>: features once per text; for each candidate learner, k-fold
/// cross-validation of every target on the training data; the learner with the better mean cross-validated F1
/// is kept (SDCA on a tie within <see cref="TieMargin"/>); each target's threshold maximises F1 (accuracy for the cooperation flag) over the out-of-fold
/// predictions together with the development texts, both scored the way the product scores an article (a label's
/// whole-text probability moved towards its best paragraph's by <see cref="TopicTrainerOptions.ParagraphWeight"/>),
/// and over the same texts the fraction of the best label's score from which another label applies too
/// (<see cref="TopicDecision"/>);
/// the final models are fitted on all training data. The same data and seed give the same model.
/// </summary>
/// <param name="taxonomy">The labels.</param>
/// <param name="partnersOf">The partners of a text, for the fact features.</param>
/// <param name="timeProvider">The clock for the model's creation time.</param>
public sealed class TopicTrainer(Taxonomy taxonomy, Func<string, IReadOnlyList<PartnerFact>> partnersOf, TimeProvider timeProvider)
{
    /// <summary>The SDCA logistic regression learner.</summary>
    public const string Sdca = "sdca-logistic-regression";

    /// <summary>The LightGBM learner.</summary>
    public const string LightGbm = "lightgbm";

    /// <summary>Mean cross-validated F1 within which two learners count as equal (then SDCA, the faster, is kept).</summary>
    public const double TieMargin = 0.005;

    /// <summary>Trains a model.</summary>
    /// <param name="training">Training examples.</param>
    /// <param name="development">Examples used only to choose thresholds (the gold dev split), may be empty.</param>
    /// <param name="options">Seed, folds and learners.</param>
    /// <param name="dataSha256">The training file's hash, recorded in the model.</param>
    /// <param name="goldTrainArticles">How many of <paramref name="training"/> are gold train-split articles.</param>
    /// <param name="progress">Told each step as it starts.</param>
    /// <param name="cancellationToken">Stops between fits.</param>
    /// <returns>The model.</returns>
    public TopicModel Train(
        IReadOnlyList<TopicExample> training,
        IReadOnlyList<TopicExample> development,
        TopicTrainerOptions options,
        string dataSha256,
        int goldTrainArticles,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(development);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var stopwatch = Stopwatch.StartNew();
        var ml = new MLContext(options.Seed);
        progress?.Report($"features of {training.Count + development.Count} texts");
        var trainRows = training.Select(Featurize).ToList();
        var targets = taxonomy.Labels.Select(l => l.Label).Where(l => l != Taxonomy.Other).Append(TopicModel.CooperationTarget).ToList();

        var learners = options.Algorithm == "auto" ? new[] { Sdca, LightGbm } : [options.Algorithm];
        var crossValidation = new Dictionary<string, IReadOnlyDictionary<string, TargetMetrics>>(StringComparer.Ordinal);
        var outOfFold = new Dictionary<string, Dictionary<string, List<Scored>>>(StringComparer.Ordinal);
        foreach (var learner in learners)
        {
            var perTarget = new Dictionary<string, TargetMetrics>(StringComparer.Ordinal);
            outOfFold[learner] = new Dictionary<string, List<Scored>>(StringComparer.Ordinal);
            foreach (var target in targets)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report($"{learner}: {options.Folds}-fold cross-validation of {target}");
                var examples = ExamplesFor(trainRows, target);
                var predictions = new List<Scored>();
                for (var fold = 0; fold < options.Folds; fold++)
                {
                    var fit = examples.Where((_, i) => i % options.Folds != fold).ToList();
                    var held = examples.Where((_, i) => i % options.Folds == fold).ToList();
                    var model = Fit(learner, RowsFor(fit, target), options);
                    predictions.AddRange(PredictHeld(ml, model, held, target));
                }

                outOfFold[learner][target] = predictions;
                var pooled = Pooled(predictions, options.ParagraphWeight);
                perTarget[target] = Metrics(pooled, BestThreshold(pooled, target == TopicModel.CooperationTarget));
            }

            crossValidation[learner] = perTarget;
        }

        // The better mean cross-validated F1 wins; within TieMargin the faster learner (SDCA, scored as a dot product,
        // ten times the articles per second of the trees) is kept, since classification speed is a target too.
        var best = learners.Max(l => crossValidation[l].Values.Average(m => m.F1));
        var chosen = learners.Contains(Sdca) && crossValidation[Sdca].Values.Average(m => m.F1) >= best - TieMargin
            ? Sdca
            : learners.First(l => crossValidation[l].Values.Average(m => m.F1) == best);
        var models = new Dictionary<string, (ITransformer, DataViewSchema)>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report($"{chosen}: final model of {target}");
            var rows = RowsFor(ExamplesFor(trainRows, target), target);
            models[target] = (Fit(chosen, rows, options), ml.Data.LoadFromEnumerable(rows, TopicModel.Schema()).Schema);
        }

        // Development texts are scored the way the product scores articles (whole text and paragraphs), and so are the
        // out-of-fold predictions, so thresholds fit what the model will see; the out-of-fold predictions keep the
        // choice from resting on a few texts.
        progress?.Report("thresholds");
        var provisional = new TopicModel(ml, Metadata(targets.ToDictionary(t => t, _ => 0.5, StringComparer.Ordinal)), models);
        var devScores = development.Select(e => (Example: e, Scores: provisional.WholeAndParagraphs(e.Text, partnersOf(e.Text)))).ToList();
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            var cooperation = target == TopicModel.CooperationTarget;
            var dev = devScores.Where(d => cooperation || d.Example.Cooperation)
                .Select(d => new Scored(
                    d.Scores.Whole[target],
                    cooperation || d.Scores.Paragraphs.Count == 0 ? null : d.Scores.Paragraphs.Max(p => p[target]),
                    LabelOf(d.Example, target)));
            thresholds[target] = BestThreshold(Pooled([.. outOfFold[chosen][target], .. dev], options.ParagraphWeight), cooperation);
        }

        // Then how close to the best label another label must come to apply too, over the same texts: reports cover
        // several topics, and a secondary topic scores below the thresholds that single-topic texts set.
        progress?.Report("decision rule");
        var labels = targets.Where(t => t != TopicModel.CooperationTarget).ToList();
        var scored = new List<(IReadOnlyDictionary<string, double> Scores, IReadOnlySet<string> Truth)>();
        var cooperationTexts = outOfFold[chosen][labels[0]].Count;
        for (var i = 0; i < cooperationTexts; i++)
        {
            var row = labels.ToDictionary(l => l, l => outOfFold[chosen][l][i], StringComparer.Ordinal);
            scored.Add((
                row.ToDictionary(r => r.Key, r => TopicModel.Pool(r.Value.Whole, r.Value.BestParagraph, options.ParagraphWeight), StringComparer.Ordinal),
                row.Where(r => r.Value.Label).Select(r => r.Key).ToHashSet(StringComparer.Ordinal)));
        }

        foreach (var (example, scores) in devScores.Where(d => d.Example.Cooperation))
        {
            scored.Add((
                labels.ToDictionary(l => l, l => TopicModel.Pool(scores.Whole[l], scores.Paragraphs.Count == 0 ? null : scores.Paragraphs.Max(p => p[l]), options.ParagraphWeight), StringComparer.Ordinal),
                example.Labels.Where(labels.Contains).ToHashSet(StringComparer.Ordinal)));
        }

        var relativeToBest = TopicDecision.ChooseRelativeToBest(scored, thresholds);
        return new TopicModel(ml, Metadata(thresholds, relativeToBest), models);

        TopicModelMetadata Metadata(Dictionary<string, double> thresholds, double? relativeToBest = null) => new(
            TopicModel.FormatVersion,
            timeProvider.GetUtcNow(),
            options.Seed,
            dataSha256,
            training.Count - goldTrainArticles,
            goldTrainArticles,
            chosen,
            TopicFeaturizer.Dimension,
            thresholds,
            crossValidation,
            Math.Round(stopwatch.Elapsed.TotalSeconds, 1),
            options.ParagraphWeight,
            relativeToBest);
    }

    private Featurized Featurize(TopicExample example)
    {
        var (whole, paragraphs) = TopicFeaturizer.FeaturizeWithParagraphs(example.Text, partnersOf(example.Text), TopicModel.MinParagraphLength, sorted: true);
        return new Featurized(example, whole, paragraphs);
    }

    /// <summary>The examples of one target: labels are learnt on cooperation texts only (a topic is a topic of a cooperation).</summary>
    private static List<Featurized> ExamplesFor(IEnumerable<Featurized> rows, string target) =>
        rows.Where(r => target == TopicModel.CooperationTarget || r.Example.Cooperation).ToList();

    private static bool LabelOf(TopicExample example, string target) =>
        target == TopicModel.CooperationTarget ? example.Cooperation : example.Labels.Contains(target, StringComparer.Ordinal);

    private static List<TopicRow> RowsFor(IEnumerable<Featurized> examples, string target) =>
        examples.Select(r => Row(r.Whole, LabelOf(r.Example, target))).ToList();

    private static TopicRow Row((int[] Indices, float[] Values) features, bool label) => new()
    {
        Label = label,
        Features = new VBuffer<float>(TopicFeaturizer.Dimension, features.Values.Length, features.Values, features.Indices),
    };

    /// <summary>Held-out examples scored like the product scores an article: the whole text, and each long paragraph for a label.</summary>
    private static IEnumerable<Scored> PredictHeld(MLContext ml, ITransformer model, List<Featurized> held, string target)
    {
        var cooperation = target == TopicModel.CooperationTarget;
        var rows = new List<TopicRow>();
        foreach (var example in held)
        {
            var label = LabelOf(example.Example, target);
            rows.Add(Row(example.Whole, label));
            rows.AddRange(cooperation ? [] : example.Paragraphs.Select(p => Row(p, label)));
        }

        var probabilities = Predict(ml, model, rows);
        var next = 0;
        foreach (var example in held)
        {
            var whole = probabilities[next++];
            var paragraphs = cooperation ? 0 : example.Paragraphs.Count;
            double? bestParagraph = paragraphs == 0 ? null : new ArraySegment<float>(probabilities, next, paragraphs).Max();
            next += paragraphs;
            yield return new Scored(whole, bestParagraph, LabelOf(example.Example, target));
        }
    }

    private static List<(double Probability, bool Label)> Pooled(IEnumerable<Scored> scored, double paragraphWeight) =>
        scored.Select(s => (TopicModel.Pool(s.Whole, s.BestParagraph, paragraphWeight), s.Label)).ToList();

    private static ITransformer Fit(string learner, List<TopicRow> rows, TopicTrainerOptions options)
    {
        // A fresh context per fit: each model then depends on its data and the seed only, not on which fits ran
        // before it (a shared context's random state would make "auto" and a single learner give different models).
        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows, TopicModel.Schema());
        if (rows.All(r => r.Label) || rows.All(r => !r.Label))
        {
            throw new InvalidDataException("A target has only positive or only negative examples; every label needs both.");
        }

        return learner switch
        {
            Sdca => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(TopicRow.Label),
                FeatureColumnName = nameof(TopicRow.Features),
                NumberOfThreads = 1,
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = 100,
            }).Fit(data),
            // Trees over 131,072 hashed slots spend their time binning empty columns: keep the slots that occur in
            // a few texts and, of those, the most informative for the target.
            LightGbm => ml.Transforms.FeatureSelection.SelectFeaturesBasedOnCount(nameof(TopicRow.Features), count: 3)
                .Append(ml.Transforms.FeatureSelection.SelectFeaturesBasedOnMutualInformation(nameof(TopicRow.Features), labelColumnName: nameof(TopicRow.Label), slotsInOutput: 2000))
                .Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(TopicRow.Label),
                FeatureColumnName = nameof(TopicRow.Features),
                NumberOfIterations = 150,
                NumberOfLeaves = 15,
                MinimumExampleCountPerLeaf = 5,
                LearningRate = 0.1,
                NumberOfThreads = 1,
                Seed = options.Seed,
            })).Fit(data),
            _ => throw new ArgumentException($"Unknown learner '{learner}'.", nameof(learner)),
        };
    }

    private static float[] Predict(MLContext ml, ITransformer model, List<TopicRow> rows)
    {
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows, TopicModel.Schema()));
        return scored.GetColumn<float>("Probability").ToArray();
    }

    /// <summary>The threshold (0.05 to 0.95) with the best F1, or the best accuracy for the cooperation flag; ties go to the middle.</summary>
    internal static double BestThreshold(IReadOnlyList<(double Probability, bool Label)> predictions, bool accuracy)
    {
        var best = 0.5;
        var bestScore = double.MinValue;
        for (var step = 5; step <= 95; step++)
        {
            var threshold = step / 100.0;
            var m = Metrics(predictions, threshold);
            var score = accuracy ? predictions.Count(p => p.Probability >= threshold == p.Label) / (double)Math.Max(1, predictions.Count) : m.F1;
            if (score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && Math.Abs(threshold - 0.5) < Math.Abs(best - 0.5)))
            {
                best = threshold;
                bestScore = score;
            }
        }

        return best;
    }

    internal static TargetMetrics Metrics(IReadOnlyList<(double Probability, bool Label)> predictions, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (probability, label) in predictions)
        {
            var predicted = probability >= threshold;
            tp += predicted && label ? 1 : 0;
            fp += predicted && !label ? 1 : 0;
            fn += !predicted && label ? 1 : 0;
        }

        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TargetMetrics(Math.Round(precision, 3), Math.Round(recall, 3), Math.Round(f1, 3), Math.Round(Auc(predictions), 3), tp + fn);
    }

    /// <summary>The probability that a random positive scores above a random negative (ties count half).</summary>
    private static double Auc(IReadOnlyList<(double Probability, bool Label)> predictions)
    {
        var positives = predictions.Count(p => p.Label);
        var negatives = predictions.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return 0;
        }

        var ranked = predictions.OrderBy(p => p.Probability).ToList();
        double rankSum = 0;
        var i = 0;
        while (i < ranked.Count)
        {
            var j = i;
            while (j + 1 < ranked.Count && ranked[j + 1].Probability == ranked[i].Probability)
            {
                j++;
            }

            var averageRank = (i + j + 2) / 2.0;
            rankSum += ranked.Skip(i).Take(j - i + 1).Count(p => p.Label) * averageRank;
            i = j + 1;
        }

        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>A text with its features: the whole text's and each long paragraph's.</summary>
    private sealed record Featurized(TopicExample Example, (int[] Indices, float[] Values) Whole, IReadOnlyList<(int[] Indices, float[] Values)> Paragraphs);

    /// <summary>A held-out prediction: the whole text's probability, the best paragraph's (null when none) and the truth.</summary>
    private sealed record Scored(double Whole, double? BestParagraph, bool Label);
}
