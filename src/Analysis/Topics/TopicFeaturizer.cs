using Pipeline.Text;
using Pipeline.Text.Facts;

namespace Pipeline.Analysis.Topics;

/// <summary>
/// Turns a text into the sparse feature vector of the topic model: syllable unigrams and bigrams of the
/// matching form (one tone placement, lowercase), folded unigrams (so text typed without diacritics still
/// scores), character 4-grams of the folded text, how many foreign names it mentions (<see cref="ForeignMentions"/>),
/// and fact features (a foreign partner, how many). Features
/// are hashed (FNV-1a, stable across runs and machines) into <see cref="Dimension"/> slots, weighted by
/// log(1 + count) and scaled to unit length per group, so long and short texts compare.
/// </summary>
public static class TopicFeaturizer
{
    /// <summary>Slots of the hashed vector (2^17): few collisions for a vocabulary of tens of thousands.</summary>
    public const int Dimension = 1 << 17;

    /// <summary>Characters of a text that are featurized; the rest of a huge text is ignored (documented cap).</summary>
    public const int MaxTextLength = 100_000;

    // Scratch space per thread: counting into arrays is several times faster than into dictionaries.
    [ThreadStatic]
    private static Accumulator? scratch;

    /// <summary>The features of one text.</summary>
    /// <param name="text">Any text; normalised here.</param>
    /// <param name="partners">The partners the analysis found in it, or null when unknown.</param>
    /// <returns>Sorted slot indices and their values.</returns>
    public static (int[] Indices, float[] Values) Featurize(string text, IReadOnlyList<PartnerFact>? partners) =>
        FeaturizeWithParagraphs(text, partners, int.MaxValue, sorted: true).Whole;

    /// <summary>
    /// The features of a text and of each of its paragraphs (lines) of at least <paramref name="minParagraphLength"/>
    /// characters, hashing every token once: the text's counts are the sum of its lines' counts, because no
    /// bigram or 4-gram crosses a line break.
    /// </summary>
    /// <param name="text">Any text; normalised here.</param>
    /// <param name="partners">The text's partners (shared by its paragraphs), or null when unknown.</param>
    /// <param name="minParagraphLength">Shorter lines count for the text but get no vector of their own.</param>
    /// <param name="sorted">Whether the slots must be in ascending order (ML.NET needs it; a dot product does not).</param>
    /// <returns>The text's vector and one per long paragraph (none when the text has fewer than two).</returns>
    public static ((int[] Indices, float[] Values) Whole, IReadOnlyList<(int[] Indices, float[] Values)> Paragraphs) FeaturizeWithParagraphs(
        string text, IReadOnlyList<PartnerFact>? partners, int minParagraphLength, bool sorted)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capped = text.Length > MaxTextLength ? text[..MaxTextLength] : text;
        var matching = VietnameseNormalizer.NormalizeForMatching(capped).ToLowerInvariant();
        var folded = new char[matching.Length];
        for (var i = 0; i < matching.Length; i++)
        {
            folded[i] = DiacriticFolding.FoldChar(matching[i]);
        }

        var acc = scratch ??= new Accumulator();
        var lines = new List<Slots>();
        for (var start = 0; start <= matching.Length;)
        {
            var end = matching.IndexOf('\n', start);
            end = end < 0 ? matching.Length : end;
            lines.Add(acc.Counted(Hash(matching, folded, start, end)));
            start = end + 1;
        }

        var whole = acc.Vector(lines, partners, sorted);
        var paragraphs = new List<(int[], float[])>();
        var long_ = lines.Where(l => l.Length >= minParagraphLength).ToList();
        if (long_.Count > 1)
        {
            foreach (var line in long_)
            {
                paragraphs.Add(acc.Vector([line], partners, sorted));
            }
        }

        return (whole, paragraphs);
    }

    /// <summary>The hashed slots of one line, per feature group, one entry per occurrence.</summary>
    private sealed record RawSlots(int Length, List<int> Words, List<int> Folded, List<int> Grams, int Foreign);

    /// <summary>The same counted: each distinct slot once with its count, so a line is counted once for itself and for its text.</summary>
    private sealed record Slots(int Length, (int[] Slots, float[] Counts) Words, (int[] Slots, float[] Counts) Folded, (int[] Slots, float[] Counts) Grams, int Foreign);

    private static RawSlots Hash(string matching, char[] folded, int from, int to)
    {
        var tokens = Tokens(matching, from, to);
        var words = new List<int>(tokens.Count * 2);
        var foldedWords = new List<int>(tokens.Count);
        var grams = new List<int>(to - from);
        var foreign = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, length) = tokens[i];
            words.Add(Hash('u', Token(matching, start, length)));
            foreign += ForeignMentions.IsWord(matching.AsSpan(start, length)) ? 1 : 0;
            if (i > 0)
            {
                var (previousStart, previousLength) = tokens[i - 1];
                words.Add(Hash('b', Token(matching, previousStart, previousLength), Token(matching, start, length)));
                foreign += ForeignMentions.IsPair(matching.AsSpan(previousStart, previousLength), matching.AsSpan(start, length)) ? 1 : 0;
            }

            foldedWords.Add(Hash('f', Token(folded, start, length)));
        }

        // Character 4-grams over the folded tokens joined by single spaces, with a space at each end.
        var squeezed = new char[to - from + 2];
        var n = 0;
        squeezed[n++] = ' ';
        foreach (var (start, length) in tokens)
        {
            var token = Token(folded, start, length);
            token.CopyTo(squeezed.AsSpan(n));
            n += token.Length;
            squeezed[n++] = ' ';
        }

        for (var i = 0; i + 4 <= n; i++)
        {
            grams.Add(Hash('c', squeezed.AsSpan(i, 4)));
        }

        return new RawSlots(to - from, words, foldedWords, grams, foreign);
    }

    /// <summary>Letter-or-digit runs of the text, as (start, length).</summary>
    private static List<(int Start, int Length)> Tokens(string text, int from, int to)
    {
        var tokens = new List<(int, int)>((to - from) / 4);
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var letter = i < to && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    // Numbers are many and say little; their shape says enough, so every number is the token "#".
    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> text, int start, int length) =>
        char.IsDigit(text[start]) ? "#" : text.Slice(start, length);

    internal static int Hash(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second = default)
    {
        var hash = 2166136261u;
        hash = (hash ^ kind) * 16777619u;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 16777619u;
        }

        if (!second.IsEmpty)
        {
            hash = (hash ^ ' ') * 16777619u;
            foreach (var c in second)
            {
                hash = (hash ^ c) * 16777619u;
            }
        }

        return (int)(hash % Dimension);
    }

    /// <summary>Counts per group, then the weighted, unit-length sum of the groups.</summary>
    private sealed class Accumulator
    {
        // Counts are small whole numbers: their logarithms come from a table.
        private static readonly double[] Logs = Enumerable.Range(0, 256).Select(k => Math.Log(1 + k)).ToArray();

        private readonly SlotTable group = new();
        private readonly SlotTable features = new();

        private static double Log1p(float count) => count < Logs.Length ? Logs[(int)count] : Math.Log(1 + count);

        public Slots Counted(RawSlots raw) => new(raw.Length, Count(raw.Words), Count(raw.Folded), Count(raw.Grams), raw.Foreign);

        public (int[] Indices, float[] Values) Vector(List<Slots> lines, IReadOnlyList<PartnerFact>? partners, bool sorted)
        {
            if (lines.Count == 1)
            {
                // One line: its counts are the group's counts.
                EndGroup(1.0f, lines[0].Words);
                EndGroup(0.5f, lines[0].Folded);
                EndGroup(0.5f, lines[0].Grams);
            }
            else
            {
                foreach (var line in lines)
                {
                    group.AddAll(line.Words);
                }

                EndGroup(1.0f);
                foreach (var line in lines)
                {
                    group.AddAll(line.Folded);
                }

                EndGroup(0.5f);
                foreach (var line in lines)
                {
                    group.AddAll(line.Grams);
                }

                EndGroup(0.5f);
            }

            // Foreign names in the text, as a group of its own: the cooperation signal that does not depend on which
            // country is named, nor on the partner extractor.
            var mentions = lines.Sum(l => l.Foreign);
            group.Add(TopicFeaturizer.Hash('x', mentions == 0 ? "none" : mentions == 1 ? "one" : mentions <= 3 ? "few" : "many"), 1);
            EndGroup(0.7f);

            if (partners is not null)
            {
                var foreign = partners.Count;
                group.Add(TopicFeaturizer.Hash('p', foreign == 0 ? "none" : foreign == 1 ? "one" : foreign <= 3 ? "few" : "many"), 1);
                foreach (var kind in partners.Select(p => p.CountryCode is null ? "international" : p.Kind).Distinct(StringComparer.Ordinal))
                {
                    group.Add(TopicFeaturizer.Hash('k', kind), 1);
                }

                EndGroup(0.7f);
            }

            var (indices, values) = features.Drain();
            if (sorted)
            {
                Array.Sort(indices, values);
            }

            return (indices, values);
        }

        private (int[] Slots, float[] Counts) Count(List<int> slots)
        {
            foreach (var slot in slots)
            {
                group.Add(slot, 1);
            }

            return group.Drain();
        }

        private void EndGroup(float weight) => EndGroup(weight, group.Drain());

        private void EndGroup(float weight, (int[] Slots, float[] Counts) counted)
        {
            var (slots, counts) = counted;
            var norm = 0.0;
            foreach (var count in counts)
            {
                var value = Log1p(count);
                norm += value * value;
            }

            var scale = norm > 0 ? weight / Math.Sqrt(norm) : 0;
            for (var i = 0; i < slots.Length; i++)
            {
                features.Add(slots[i], (float)(Log1p(counts[i]) * scale));
            }
        }
    }

    /// <summary>
    /// A small open-addressing map from slot to value: a text touches a few thousand of the 131,072 slots, and a
    /// table sized to the text stays in cache where arrays over all slots would not.
    /// </summary>
    private sealed class SlotTable
    {
        private int[] keys = new int[1 << 12];
        private float[] values = new float[1 << 12];
        private readonly List<int> used = [];

        public void AddAll((int[] Slots, float[] Counts) counted)
        {
            for (var i = 0; i < counted.Slots.Length; i++)
            {
                Add(counted.Slots[i], counted.Counts[i]);
            }
        }

        public void Add(int slot, float value)
        {
            if (used.Count * 2 >= keys.Length)
            {
                Grow();
            }

            var mask = keys.Length - 1;
            var key = slot + 1;
            var i = (int)((uint)(slot * -1640531535) >> 8) & mask;
            while (keys[i] != 0 && keys[i] != key)
            {
                i = (i + 1) & mask;
            }

            if (keys[i] == 0)
            {
                keys[i] = key;
                used.Add(i);
            }

            values[i] += value;
        }

        public (int[] Slots, float[] Values) Drain()
        {
            var slots = new int[used.Count];
            var result = new float[used.Count];
            for (var n = 0; n < used.Count; n++)
            {
                var i = used[n];
                slots[n] = keys[i] - 1;
                result[n] = values[i];
                keys[i] = 0;
                values[i] = 0;
            }

            used.Clear();
            return (slots, result);
        }

        private void Grow()
        {
            var (slots, old) = Drain();
            keys = new int[keys.Length * 2];
            values = new float[values.Length * 2];
            for (var n = 0; n < slots.Length; n++)
            {
                Add(slots[n], old[n]);
            }
        }
    }
}
