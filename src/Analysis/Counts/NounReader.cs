namespace Pipeline.Analysis.Counts;

/// <summary>
/// Reads what a number counts: a currency word, or a noun phrase that ends where the noun ends, at the end of the
/// sentence or line, before a preposition, conjunction, auxiliary or common verb ("3 bác sĩ hồi sức sang Hà Nội"
/// counts "bác sĩ hồi sức"), and that goes on across a comma or "và" only into another noun of the same kind
/// ("9 tỉnh, thành phố", "32 bác sĩ, điều dưỡng").
/// </summary>
internal static class NounReader
{
    private const int MaxSyllablesPerNoun = 8;
    private const int MaxSyllables = 14;

    /// <summary>The counted noun after <paramref name="number"/>, an empty one for a bare sum ("khoảng 35 triệu,"), or null when the number counts nothing.</summary>
    public static CountedNoun? Read(string text, ScannedNumber number)
    {
        var start = CountText.SkipSpaces(text, number.End);
        var spaced = start > number.End;
        if (spaced && Currencies.At(text, start, number) is { } money)
        {
            return new CountedNoun(start, money.End, money.Code);
        }

        var bare = number.Multiplied ? new CountedNoun(number.End, number.End, null) : null;
        if (!spaced || start >= text.Length || !char.IsLetter(text[start]))
        {
            return bare;
        }

        var head = text.AsSpan(start, CountText.WordEnd(text, start) - start);
        if (CountWords.Stops.Contains(head))
        {
            return bare;
        }

        if (char.IsUpper(head[0]) || CountWords.ExcludedHeads.MatchAt(text, start) > 0 || CountWords.ChromeNouns.MatchAt(text, start) > 0
            || (CountWords.MeasureHeads.Contains(head) && !SubstanceFollows(text, start + head.Length)))
        {
            return null;
        }

        return new CountedNoun(start, PhraseEnd(text, start), null);
    }

    private static int PhraseEnd(string text, int start)
    {
        var end = start;
        var position = start;
        var total = 0;
        var inNoun = 0;
        while (true)
        {
            var wordEnd = CountText.WordEnd(text, position);
            var word = text.AsSpan(position, wordEnd - position);
            if (total > 0 && (CountWords.Stops.Contains(word) || CountWords.StopPairs.MatchAt(text, position) > 0))
            {
                var next = CountText.SkipSpaces(text, wordEnd);
                if (word.Equals("và", StringComparison.OrdinalIgnoreCase) && next > wordEnd && CountWords.ListNouns.MatchAt(text, next) > 0)
                {
                    position = next;
                    inNoun = 0;
                    continue;
                }

                break;
            }

            total++;
            inNoun++;
            end = wordEnd;
            if (inNoun >= MaxSyllablesPerNoun || total >= MaxSyllables || wordEnd >= text.Length)
            {
                break;
            }

            var after = CountText.SkipSpaces(text, text[wordEnd] == ',' ? wordEnd + 1 : wordEnd);
            if (after == wordEnd || after >= text.Length || !char.IsLetter(text[after]))
            {
                break;
            }

            if (text[wordEnd] == ',')
            {
                if (after == wordEnd + 1 || CountWords.ListNouns.MatchAt(text, after) < 0)
                {
                    break;
                }

                inNoun = 0;
            }

            position = after;
        }

        return end;
    }

    /// <summary>"60 tấn sản phẩm", "13 lần tổ chức": a unit counts only with the noun or action that follows it on the same line.</summary>
    private static bool SubstanceFollows(string text, int position)
    {
        var (start, end) = CountText.WordAfter(text, position);
        if (start == position || start == end || char.IsUpper(text[start]))
        {
            return false;
        }

        var word = text.AsSpan(start, end - start);
        return !CountWords.Stops.Contains(word) && !CountWords.MultiplierFollowers.Contains(word);
    }
}
