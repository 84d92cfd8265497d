using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Finds foreign institutions that news name bare, without a head noun or a country in brackets ("hợp tác với Johns
/// Hopkins", "Mount Sinai và Bệnh viện Bạch Mai ký kết"): a run of capitalised words with at least one that Vietnamese
/// spelling cannot produce, standing where a side of a cooperation stands: after "với", "và", "cùng" or "giữa", before
/// a verb of cooperating or giving, or opening a clause that pairs it with another side. A single word is taken only as
/// an item of a list of such names ("Stanford, Yale và Duke"). Names after a person's title ("ông", "Giáo sư") are
/// people's, and names after "tại", "ở", "sang" are places. One pass over the words.
/// </summary>
internal static class BareForeignNames
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "với", "và", "cùng", "giữa", "Với", "Cùng", "Giữa" };

    // First syllables of the verbs a side does right after its name.
    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "hỗ", "hợp", "tài", "ký", "trao", "tặng", "cử", "giúp", "chuyển", "đào", "phối", "viện", "bàn", "cam", "đồng", "tiếp", "cung",
    };

    // Last syllables of head nouns: "bệnh viện", "đại học", "công ty", "tập đoàn", "tổ chức", "trung tâm", "cơ quan", "hiệp hội", "quỹ", "hãng".
    private static readonly HashSet<string> HeadEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "viện", "học", "ty", "đoàn", "chức", "tâm", "quan", "hội", "quỹ", "hãng", "khoa", "dược",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "de", "du", "des", "der", "the", "&", "St." };

    // Every word of a text is tested against these: looked up by span, no word is copied to a string for it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerSpans = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorSpans = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Places = new(StringComparer.OrdinalIgnoreCase) { "tại", "ở", "sang", "đến", "tới", "từ", "về" };

    /// <summary>The names' spans.</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="excluded">Whether a name is a known place, country or domestic word, and so no foreign body.</param>
    /// <returns>Start and end of each name, in text order.</returns>
    public static IEnumerable<(int Start, int End)> Find(string text, Func<string, bool> excluded)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(excluded);
        var words = Words(text);
        var runs = new List<(int First, int Last, bool Foreign)>();
        for (var i = 0; i < words.Count; i++)
        {
            // A joiner that opens a sentence ("Với ...") is not part of the name after it.
            if (!IsCapitalised(text, words[i]) || JoinerSpans.Contains(Span(text, words[i])))
            {
                continue;
            }

            var last = i;
            var foreign = false;
            var k = i;
            while (k < words.Count && k - i < MaxWords && (k == i || words[k].Start - words[k - 1].End == 1))
            {
                if (IsCapitalised(text, words[k]))
                {
                    foreign |= ForeignNameWithCountry.HasForeignPart(Text(text, words[k]).TrimEnd('.', '\'', '’'));
                    last = k;
                }
                else if (!ConnectorSpans.Contains(Span(text, words[k])))
                {
                    break;
                }

                if (EndsClause(text, words[k].End))
                {
                    break;
                }

                k++;
            }

            runs.Add((i, last, foreign));
            i = last;
        }

        for (var r = 0; r < runs.Count; r++)
        {
            var (first, last, foreign) = runs[r];
            if (!foreign)
            {
                continue;
            }

            // Capitalised Vietnamese words before the foreign ones are a head or a place's title ("Tỉnh Gunma"): the
            // rules for those read them.
            if (first < last && VietnameseSyllable.IsSyllable(Text(text, words[first])))
            {
                continue;
            }

            var start = words[first].Start;
            var end = words[last].End;
            var previous = first > 0 && !EndsClause(text, words[first - 1].End) ? Text(text, words[first - 1]) : null;
            var next = last + 1 < words.Count && !EndsClause(text, end) ? Text(text, words[last + 1]) : null;
            // After a head noun ("Bệnh viện", "tập đoàn") the name is the head's, and the head-based rules read it.
            var opensWithTitle = ForeignNameWithCountry.PersonTitles.Contains(Text(text, words[first]).TrimEnd('.'));
            var afterTitle = previous is not null && (ForeignNameWithCountry.PersonTitles.Contains(previous) || Places.Contains(previous) || HeadEnds.Contains(previous)
                || (IsCapitalised(text, words[first - 1]) && !Joiners.Contains(previous))
                || (first > 1 && IsCapitalised(text, words[first - 2]) && !Joiners.Contains(previous)));
            if (opensWithTitle || afterTitle)
            {
                continue;
            }

            var single = first == last;
            var listed = InList(text, runs, words, r);
            var stands = (previous is not null && Joiners.Contains(previous)) || (next is not null && Actions.Contains(next))
                || (previous is null && next is "và" or "cùng");
            if ((single && !listed) || !(stands || listed) || excluded(text[start..end]))
            {
                continue;
            }

            yield return (start, end);
        }
    }

    /// <summary>Whether run <paramref name="r"/> is joined by ", " or " và " to a neighbouring foreign run.</summary>
    private static bool InList(string text, List<(int First, int Last, bool Foreign)> runs, List<(int Start, int End)> words, int r)
    {
        bool Joined(int left, int right) =>
            runs[left].Foreign && runs[right].Foreign && Gap(text, words[runs[left].Last].End, words[runs[right].First].Start) is ", " or " và ";
        return (r > 0 && Joined(r - 1, r)) || (r + 1 < runs.Count && Joined(r, r + 1));
    }

    private static string Gap(string text, int from, int to) => to - from is > 0 and < 6 ? text[from..to] : string.Empty;

    private static bool EndsClause(string text, int end) => end < text.Length && text[end] is ',' or '.' or ';' or ':' or '(' or ')' or '\n' or '"' or '“' or '”';

    private static bool IsCapitalised(string text, (int Start, int End) word) => char.IsUpper(text[word.Start]) && word.End - word.Start > 1;

    private static string Text(string text, (int Start, int End) word) => text[word.Start..word.End];

    private static ReadOnlySpan<char> Span(string text, (int Start, int End) word) => text.AsSpan(word.Start, word.End - word.Start);

    /// <summary>Words: letters, digits and the apostrophes, hyphens and stops inside them ("Mary's", "St.").</summary>
    private static List<(int Start, int End)> Words(string text)
    {
        var words = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && text[i] != '&')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '&' || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            // "St." keeps its stop.
            if (i < text.Length && text[i] == '.' && i - start == 2 && text[start] == 'S' && text[start + 1] == 't')
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }
}
