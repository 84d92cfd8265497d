using System.Collections.Frozen;

namespace Pipeline.Analysis.Counts;

/// <summary>A set, in the cases news write words in (<see cref="CaseVariants"/>), of one- to three-word phrases, looked up by span and matched at word boundaries.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(params string[] phrases)
    {
        lookup = phrases.SelectMany(CaseVariants.Of).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxWords = phrases.Max(p => p.Count(c => c == ' ') + 1);
    }

    /// <summary>The most words a phrase of the set has.</summary>
    public int MaxWords { get; }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>The end of the longest phrase of the set that starts at <paramref name="start"/> (words separated by single spaces), or -1.</summary>
    public int MatchAt(string text, int start)
    {
        var best = -1;
        var end = start;
        for (var words = 0; words < MaxWords; words++)
        {
            if (words > 0)
            {
                if (end >= text.Length - 1 || text[end] != ' ' || !char.IsLetter(text[end + 1]))
                {
                    break;
                }

                end++;
            }

            var next = CountText.WordEnd(text, end);
            if (next == end)
            {
                break;
            }

            end = next;
            if (lookup.Contains(text.AsSpan(start, end - start)))
            {
                best = end;
            }
        }

        return best;
    }
}
