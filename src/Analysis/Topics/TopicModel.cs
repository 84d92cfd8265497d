using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// The learned topic classifier: one calibrated binary model per topical label, trained on cooperation texts,
/// and one for the cooperation flag, trained on all. A text that is not about cooperation gets "other"; one
/// that is gets the labels of <see cref="TopicDecision"/>: every label whose probability reaches its threshold or
/// comes close to the best label's, and at least its most likely label (a cooperation article is always about something). The file is a zip of <c>metadata.json</c> and one ML.NET
/// model per target. Classification is thread-safe.
/// </summary>
public sealed class TopicModel
{
    /// <summary>The target name of the cooperation flag.</summary>
    public const string CooperationTarget = "cooperation";

    /// <summary>The file format this code writes and reads.</summary>
    public const int FormatVersion = 1;

    private const string MetadataEntry = "metadata.json";
    /// <summary>Lines shorter than this count for the text but are not scored as paragraphs of their own.</summary>
    internal const int MinParagraphLength = 120;
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly MLContext ml;
    private readonly Dictionary<string, (ITransformer Model, DataViewSchema Schema)> models;
    private readonly Dictionary<string, PredictionEngine<TopicRow, TopicPrediction>> engines;
    private readonly Dictionary<string, LinearScorer?> linear;
    private readonly LinearBank? bank;
    private readonly Lock gate = new();

    internal TopicModel(MLContext ml, TopicModelMetadata metadata, Dictionary<string, (ITransformer Model, DataViewSchema Schema)> models)
    {
        this.ml = ml;
        Metadata = metadata;
        this.models = models;
        engines = models.ToDictionary(m => m.Key, m => ml.Model.CreatePredictionEngine<TopicRow, TopicPrediction>(m.Value.Model, inputSchemaDefinition: Schema()));
        linear = models.ToDictionary(m => m.Key, m => LinearScorer.TryCreate(m.Value.Model, engines[m.Key]));
        bank = linear.Values.All(l => l is not null) ? new LinearBank(linear.ToDictionary(l => l.Key, l => l.Value!)) : null;
    }

    /// <summary>Where the model comes from and how it measured.</summary>
    public TopicModelMetadata Metadata { get; }

    /// <summary>Classifies a text.</summary>
    /// <param name="text">The article text (lead and body). Empty text is not cooperation; beyond <see cref="TopicFeaturizer.MaxTextLength"/> characters the rest is ignored.</param>
    /// <param name="partners">The partners found in it, or null when unknown.</param>
    /// <returns>The labels that apply (best first) and the cooperation flag.</returns>
    public (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation) Classify(string text, IReadOnlyList<PartnerFact>? partners)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ([new TopicScore(Taxonomy.Other, 1.0)], new CooperationFact(false, 1.0));
        }

        var probabilities = Probabilities(text, partners);
        var cooperationScore = probabilities[CooperationTarget];
        var isCooperation = cooperationScore >= Metadata.Thresholds[CooperationTarget];
        var cooperation = new CooperationFact(isCooperation, Math.Round(isCooperation ? cooperationScore : 1 - cooperationScore, 3));
        if (!isCooperation)
        {
            return ([new TopicScore(Taxonomy.Other, cooperation.Score)], cooperation);
        }

        var labels = TopicDecision.Labels(probabilities.Where(p => p.Key != CooperationTarget), Metadata.Thresholds, Metadata.RelativeToBest);
        // An area named in a list of what the cooperation covers applies, at the least at its threshold.
        foreach (var listed in ListedAreas.Labels(text))
        {
            if (Metadata.Thresholds.TryGetValue(listed, out var threshold) && !labels.Any(l => l.Key == listed))
            {
                labels.Add(new(listed, Math.Max(threshold, probabilities.GetValueOrDefault(listed))));
            }
        }

        // Best first, as TopicDecision orders them.
        return (labels.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new TopicScore(p.Key, Math.Round(p.Value, 3))).ToList(), cooperation);
    }

    /// <summary>The probability of every target (labels and cooperation) for a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="partners">Its partners, or null.</param>
    /// <returns>Target to probability.</returns>
    public IReadOnlyDictionary<string, double> Probabilities(string text, IReadOnlyList<PartnerFact>? partners)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (whole, paragraphs) = WholeAndParagraphs(text, partners);
        if (paragraphs.Count == 0)
        {
            return whole;
        }

        // The best paragraph per label, gathered into the first paragraph's table (plain loops: this runs per article).
        var best = paragraphs[0];
        for (var i = 1; i < paragraphs.Count; i++)
        {
            foreach (var (target, probability) in paragraphs[i])
            {
                if (probability > best[target])
                {
                    best[target] = probability;
                }
            }
        }

        foreach (var (target, probability) in best)
        {
            if (target != CooperationTarget)
            {
                whole[target] = Pool(whole[target], probability, Metadata.ParagraphWeight);
            }
        }

        return whole;
    }

    /// <summary>
    /// A label's score from the whole text's probability and the best paragraph's: a topic may fill one paragraph of
    /// five and be diluted over the whole text, yet a topic of one paragraph is not always a topic of the article, so
    /// the best paragraph moves the score only part of the way (<paramref name="paragraphWeight"/>) from the whole text's.
    /// </summary>
    /// <param name="whole">The whole text's probability.</param>
    /// <param name="bestParagraph">The best paragraph's, or null when the text has fewer than two long paragraphs.</param>
    /// <param name="paragraphWeight">0 (whole text only) to 1 (the better of the two).</param>
    /// <returns>The score.</returns>
    internal static double Pool(double whole, double? bestParagraph, double paragraphWeight) =>
        bestParagraph is { } best && best > whole ? whole + (paragraphWeight * (best - whole)) : whole;

    /// <summary>The probabilities of the whole text (every target) and of each long paragraph (labels only).</summary>
    /// <param name="text">The text.</param>
    /// <param name="partners">Its partners, or null.</param>
    /// <returns>The whole text's and the paragraphs' probabilities (none when it has fewer than two long paragraphs).</returns>
    internal (Dictionary<string, double> Whole, List<Dictionary<string, double>> Paragraphs) WholeAndParagraphs(string text, IReadOnlyList<PartnerFact>? partners)
    {
        var (whole, paragraphs) = TopicFeaturizer.FeaturizeWithParagraphs(text, partners, MinParagraphLength, sorted: bank is null);
        return (Predict(whole, all: true), paragraphs.Select(p => Predict(p, all: false)).ToList());
    }

    private Dictionary<string, double> Predict((int[] Indices, float[] Values) features, bool all)
    {
        var (indices, values) = features;
        if (bank is not null)
        {
            return bank.Probabilities(indices, values);
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        TopicRow? row = null;
        foreach (var (target, engine) in engines)
        {
            if (!all && target == CooperationTarget)
            {
                continue;
            }

            if (linear[target] is { } scorer)
            {
                result[target] = scorer.Probability(indices, values);
                continue;
            }

            row ??= new TopicRow { Features = new VBuffer<float>(TopicFeaturizer.Dimension, values.Length, values, indices) };
            lock (gate)
            {
                result[target] = engine.Predict(row).Probability;
            }
        }

        return result;
    }

    /// <summary>Writes the model file.</summary>
    /// <param name="path">The .zip to write (replaced atomically).</param>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        using (var file = File.Create(temporary))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            using (var entry = zip.CreateEntry(MetadataEntry).Open())
            {
                JsonSerializer.Serialize(entry, Metadata, JsonOptions);
            }

            foreach (var (target, (model, schema)) in models.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                using var entry = zip.CreateEntry(target + ".mlnet").Open();
                using var buffer = new MemoryStream();
                ml.Model.Save(model, schema, buffer);
                buffer.Position = 0;
                buffer.CopyTo(entry);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a model file.</summary>
    /// <param name="path">A file written by <see cref="Save"/>.</param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidDataException">The file is missing, not a model, or of another format version.</exception>
    public static TopicModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var metadataEntry = zip.GetEntry(MetadataEntry) ?? throw new InvalidDataException($"{path} is not a topic model: {MetadataEntry} is missing.");
            TopicModelMetadata metadata;
            using (var stream = metadataEntry.Open())
            {
                metadata = JsonSerializer.Deserialize<TopicModelMetadata>(stream, JsonOptions) ?? throw new InvalidDataException($"{path}: empty metadata.");
            }

            if (metadata.FormatVersion != FormatVersion || metadata.FeatureDimension != TopicFeaturizer.Dimension)
            {
                throw new InvalidDataException($"{path} is a topic model of format {metadata.FormatVersion} with {metadata.FeatureDimension} features; this build reads format {FormatVersion} with {TopicFeaturizer.Dimension}. Retrain with 'pipeline train'.");
            }

            var ml = new MLContext(metadata.Seed);
            var models = new Dictionary<string, (ITransformer, DataViewSchema)>(StringComparer.Ordinal);
            foreach (var target in metadata.Thresholds.Keys)
            {
                var entry = zip.GetEntry(target + ".mlnet") ?? throw new InvalidDataException($"{path}: the model of '{target}' is missing.");
                using var buffer = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(buffer);
                }

                buffer.Position = 0;
                var model = ml.Model.Load(buffer, out var schema);
                models[target] = (model, schema);
            }

            return new TopicModel(ml, metadata, models);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or FormatException
            || (ex is InvalidDataException && !ex.Message.Contains(path, StringComparison.Ordinal)))
        {
            throw new InvalidDataException($"The topic model {path} cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>The ML.NET schema of <see cref="TopicRow"/>, with the vector's fixed size.</summary>
    /// <returns>The schema definition.</returns>
    internal static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(TopicRow));
        schema[nameof(TopicRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, TopicFeaturizer.Dimension);
        return schema;
    }
}
