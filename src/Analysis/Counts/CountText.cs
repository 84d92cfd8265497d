namespace Pipeline.Analysis.Counts;

/// <summary>
/// Word-level reading of a text for the count scanner. A word is a run of letters and digits that may hold
/// '-', '.' or an apostrophe between two of them ("X-quang", "TP.HCM", "SARS-CoV-2"); words of one phrase are
/// separated by spaces on the same line, so a line break always ends a phrase.
/// </summary>
internal static class CountText
{
    /// <summary>How far back a qualifier or label word is looked for; longer words are not words of interest.</summary>
    private const int MaxLookBack = 24;

    public static bool IsInlineSpace(char c) => c is ' ' or '\u00A0' or '\t';

    /// <summary>The end of the word starting at <paramref name="start"/> (start itself when no word starts there).</summary>
    public static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (i > start && c is '-' or '.' or '\'' or '’' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>The first position at or after <paramref name="index"/> that is not an inline space.</summary>
    public static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && IsInlineSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The word that ends, after optional inline spaces, just before <paramref name="index"/>; empty when there is none.</summary>
    public static (int Start, int End) WordBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && index - end < MaxLookBack && IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        if (end == index && index > 0 && char.IsLetter(text[index - 1]))
        {
            return (index, index);
        }

        var start = end;
        while (start > 0 && end - start < MaxLookBack && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start > 0 && char.IsLetterOrDigit(text[start - 1]) ? (end, end) : (start, end);
    }

    /// <summary>The word that starts, after optional inline spaces, at or after <paramref name="index"/>; empty when a line break, punctuation or the end comes first.</summary>
    public static (int Start, int End) WordAfter(string text, int index)
    {
        var start = SkipSpaces(text, index);
        return start < text.Length && char.IsLetter(text[start]) ? (start, WordEnd(text, start)) : (start, start);
    }
}
