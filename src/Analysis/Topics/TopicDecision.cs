namespace Pipeline.Analysis.Topics;

/// <summary>
/// Which labels a cooperation text gets from its label scores: every label that reaches its own threshold, every
/// label whose score is close to the best one's (at least <c>relativeToBest</c> times it), and the best label when
/// no other rule keeps any. The second rule exists because a report usually covers two or three topics, while the
/// models score the secondary ones lower than texts about that topic alone; it is shared by the trainer, which
/// chooses the fraction, and the model, which applies it.
/// </summary>
internal static class TopicDecision
{
    /// <summary>The labels that apply, best first (ties in label order).</summary>
    /// <param name="scores">Label to score (the cooperation target excluded).</param>
    /// <param name="thresholds">Label to threshold.</param>
    /// <param name="relativeToBest">The fraction of the best score from which a label applies too, or null for none.</param>
    /// <returns>At least one label.</returns>
    public static List<KeyValuePair<string, double>> Labels(
        IEnumerable<KeyValuePair<string, double>> scores, IReadOnlyDictionary<string, double> thresholds, double? relativeToBest)
    {
        var ranked = scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var best = ranked[0].Value;
        var kept = ranked.Where(p => p.Value >= thresholds[p.Key] || (relativeToBest is { } fraction && p.Value >= fraction * best)).ToList();
        return kept.Count > 0 ? kept : [ranked[0]];
    }

    /// <summary>
    /// The fraction of the best score that gives the best micro-F1 over scored texts with their true labels, from
    /// 0.95 down to 0.30 in steps of 0.05, or null when no fraction beats thresholds alone; ties go to the larger
    /// fraction, which adds fewer labels.
    /// </summary>
    /// <param name="texts">Each text's label scores and true labels.</param>
    /// <param name="thresholds">Label to threshold.</param>
    /// <returns>The fraction, or null.</returns>
    public static double? ChooseRelativeToBest(
        IReadOnlyList<(IReadOnlyDictionary<string, double> Scores, IReadOnlySet<string> Truth)> texts, IReadOnlyDictionary<string, double> thresholds)
    {
        double? chosen = null;
        var best = MicroF1(texts, thresholds, null);
        for (var step = 19; step >= 6; step--)
        {
            var fraction = step / 20.0;
            var f1 = MicroF1(texts, thresholds, fraction);
            if (f1 > best + 1e-9)
            {
                (chosen, best) = (fraction, f1);
            }
        }

        return chosen;
    }

    /// <summary>Micro-averaged F1 of the labels this rule gives the texts.</summary>
    /// <param name="texts">Each text's label scores and true labels.</param>
    /// <param name="thresholds">Label to threshold.</param>
    /// <param name="relativeToBest">The fraction of the best score, or null.</param>
    /// <returns>F1 from 0 to 1.</returns>
    public static double MicroF1(
        IReadOnlyList<(IReadOnlyDictionary<string, double> Scores, IReadOnlySet<string> Truth)> texts, IReadOnlyDictionary<string, double> thresholds, double? relativeToBest)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (scores, truth) in texts)
        {
            var given = Labels(scores, thresholds, relativeToBest);
            var hits = given.Count(p => truth.Contains(p.Key));
            tp += hits;
            fp += given.Count - hits;
            fn += truth.Count - hits;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }
}
