using System.Globalization;

namespace Pipeline.Crawler.Extraction;

/// <summary>
/// Tells written text from what only looks like text: a decompression bomb's megabytes of one letter,
/// one phrase repeated over and over, or binary data decoded as characters. One pass, linear in the text.
/// </summary>
internal static class ArticleTextQuality
{
    /// <summary>Below this many non-space characters a text is too short to judge.</summary>
    private const int MinCharacters = 150;

    /// <summary>Written text in any alphabet uses dozens of characters; a filler uses a handful.</summary>
    private const int MinDistinctCharacters = 12;

    /// <summary>Share of control and replacement characters (U+FFFD) beyond which the text is binary or mis-decoded.</summary>
    private const double MaxGarbledShare = 0.05;

    /// <summary>Words needed before word statistics mean anything.</summary>
    private const int MinWords = 200;

    /// <summary>
    /// Words per distinct word above which the text repeats itself: even a long legal text, with its
    /// recurring terms, stays far below (it keeps bringing in new words); a repeated paragraph does not.
    /// </summary>
    private const int MaxWordsPerDistinctWord = 50;

    /// <summary>Share of the most frequent word beyond which the text is one word repeated; in prose it is a few percent.</summary>
    private const double MaxTopWordShare = 0.4;

    /// <summary>Why the paragraphs are not an article's text, or null when they read as written text.</summary>
    /// <param name="paragraphs">The main text, one paragraph per item.</param>
    /// <returns>A reason such as "repetitive text: 2 distinct characters", or null.</returns>
    public static string? Reason(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        // One bit per UTF-16 code unit, on the stack: a flag per code unit would put 64 KiB on the heap for every page.
        Span<ulong> seen = stackalloc ulong[(char.MaxValue + 1) / 64];
        var distinctCharacters = 0;
        long characters = 0;
        long garbled = 0;
        long words = 0;
        var topWordCount = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var paragraph in paragraphs)
        {
            var wordStart = -1;
            for (var i = 0; i <= paragraph.Length; i++)
            {
                var c = i < paragraph.Length ? paragraph[i] : ' ';
                if (char.IsWhiteSpace(c))
                {
                    if (wordStart >= 0)
                    {
                        var word = paragraph.AsSpan(wordStart, i - wordStart);
                        var count = lookup.TryGetValue(word, out var previous) ? previous + 1 : 1;
                        lookup[word] = count;
                        topWordCount = Math.Max(topWordCount, count);
                        words++;
                        wordStart = -1;
                    }

                    continue;
                }

                wordStart = wordStart < 0 ? i : wordStart;
                characters++;
                ref var bits = ref seen[c >> 6];
                var bit = 1UL << (c & 63);
                if ((bits & bit) == 0)
                {
                    bits |= bit;
                    distinctCharacters++;
                }

                if (char.IsControl(c) || c == '\uFFFD')
                {
                    garbled++;
                }
            }
        }

        if (characters < MinCharacters)
        {
            return null;
        }

        if (garbled > characters * MaxGarbledShare)
        {
            return string.Create(CultureInfo.InvariantCulture, $"binary or garbled text: {(double)garbled / characters:P0} control or replacement characters");
        }

        if (distinctCharacters < MinDistinctCharacters)
        {
            return string.Create(CultureInfo.InvariantCulture, $"repetitive text: {characters} characters, {distinctCharacters} distinct");
        }

        if (words >= MinWords && (words > (long)counts.Count * MaxWordsPerDistinctWord || topWordCount > words * MaxTopWordShare))
        {
            return string.Create(CultureInfo.InvariantCulture, $"repetitive text: {words} words, {counts.Count} distinct");
        }

        return null;
    }
}
