namespace Pipeline.Analysis.Partners;

/// <summary>Which of some words stands right before a place in a text, as whole words ("theo" does not end "Hãng tin theo").</summary>
internal static class WordsBefore
{
    /// <summary>The first of <paramref name="words"/> that <paramref name="before"/> ends with, a non-letter or nothing before it.</summary>
    /// <param name="before">The text up to the place.</param>
    /// <param name="words">The words, in the order they are tried.</param>
    /// <param name="comparison">How to compare.</param>
    /// <returns>The word found, or null.</returns>
    public static string? Ending(ReadOnlySpan<char> before, string[] words, StringComparison comparison)
    {
        foreach (var word in words)
        {
            if (before.EndsWith(word, comparison) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
            {
                return word;
            }
        }

        return null;
    }
}
