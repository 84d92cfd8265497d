using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// The keyword-rule baseline: counts each label's cue phrases in the folded text. A label applies from
/// <see cref="MinimumHits"/> hits; cooperation needs cooperation cues and a foreign marker. It is the yardstick
/// the learned model is compared against, not the product's classifier.
/// </summary>
public sealed class KeywordTopicClassifier
{
    /// <summary>Cue hits needed for a label to apply.</summary>
    public const int MinimumHits = 2;

    private static readonly string[] ForeignMarkers =
    [
        "nuoc ngoai", "quoc te", "to chuc y te the gioi", "who", "unicef", "jica", "koica", "usaid", "ngan hang the gioi", "world bank",
        "hoa ky", "my", "nhat ban", "han quoc", "phap", "duc", "anh", "australia", "uc", "canada", "nga", "trung quoc", "thai lan", "singapore",
        "lao", "campuchia", "cuba", "belarus", "israel", "an do", "ha lan", "bi", "italy", "thuy dien", "na uy", "dan mach", "thuy si", "hungary",
    ];

    private readonly List<(string Label, string[] Cues)> labels;
    private readonly string[] cooperationCues;

    /// <summary>Creates the baseline from a taxonomy.</summary>
    /// <param name="taxonomy">Labels and their cues.</param>
    public KeywordTopicClassifier(Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        labels = taxonomy.Labels.Where(l => l.Label != Taxonomy.Other)
            .Select(l => (l.Label, l.Cues.Select(Key).ToArray())).ToList();
        cooperationCues = taxonomy.CooperationCues.Select(Key).ToArray();
    }

    /// <summary>Classifies a text.</summary>
    /// <param name="text">The article text.</param>
    /// <returns>The labels that apply (best first) and the cooperation flag.</returns>
    public (IReadOnlyList<TopicScore> Topics, CooperationFact Cooperation) Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = " " + Key(text) + " ";
        var cooperationHits = cooperationCues.Sum(c => Occurrences(folded, c));
        var foreign = ForeignMarkers.Any(m => folded.Contains(" " + m + " ", StringComparison.Ordinal));
        var isCooperation = foreign && cooperationHits >= MinimumHits;
        var cooperation = new CooperationFact(isCooperation, Math.Min(1.0, cooperationHits / 6.0));
        if (!isCooperation)
        {
            return ([new TopicScore(Taxonomy.Other, 1.0)], cooperation);
        }

        var topics = labels
            .Select(l => (l.Label, Hits: l.Cues.Sum(c => Occurrences(folded, c))))
            .Where(l => l.Hits >= MinimumHits)
            .OrderByDescending(l => l.Hits)
            .Select(l => new TopicScore(l.Label, Math.Min(1.0, l.Hits / 8.0)))
            .ToList();
        return (topics.Count == 0 ? [new TopicScore(Taxonomy.Other, 0.5)] : topics, cooperation);
    }

    private static string Key(string text)
    {
        var folded = DiacriticFolding.Fold(VietnameseNormalizer.NormalizeForMatching(text)).ToLowerInvariant();
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static int Occurrences(string haystack, string cue)
    {
        if (cue.Length == 0)
        {
            return 0;
        }

        var needle = " " + cue + " ";
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length - 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
