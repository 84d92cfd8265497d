using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Indexer.Analysis;
using Pipeline.Text;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Cuts a passage around the first match and marks matched words with &lt;mark&gt;. Matching is on folded
/// tokens, so a query without diacritics still highlights the accented words. Crawled text is hostile:
/// everything outside the marks is HTML-escaped.
/// </summary>
internal sealed class SnippetBuilder : IDisposable
{
    private const int Before = 60;
    private const int Length = 240;
    private const int FirstWindow = 1_500;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "and", "or", "not" };

    private static readonly HashSet<string> StopWords = new(VietnameseStopWords.Words, StringComparer.Ordinal);

    private readonly VietnameseAnalyzer analyzer = new(SyllableForm.Folded);

    public HashSet<string> QueryTerms(string query)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        // Offsets point into the matching form, which is what the stop list is written in.
        var normalized = VietnameseNormalizer.NormalizeForMatching(query);
        foreach (var (term, start, end) in Tokens(query))
        {
            var word = normalized[start..Math.Min(end, normalized.Length)].ToLowerInvariant();
            if (!Operators.Contains(term) && !StopWords.Contains(word))
            {
                terms.Add(term);
            }
        }

        return terms;
    }

    public string Build(string text, HashSet<string> terms)
    {
        var matches = Matches(text, terms);
        if (matches.Count == 0)
        {
            return HtmlText.Escape(Cut(text, 0, Math.Min(text.Length, Length)));
        }

        var start = WordStart(text, Math.Max(0, matches[0].Start - Before));
        var end = WordEnd(text, Math.Min(text.Length, start + Length));
        var snippet = new StringBuilder(end - start + 64);
        if (start > 0)
        {
            snippet.Append('…');
        }

        var position = start;
        foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
        {
            snippet.Append(HtmlText.Escape(text.AsSpan(position, matchStart - position)))
                .Append("<mark>").Append(HtmlText.Escape(text.AsSpan(matchStart, matchEnd - matchStart))).Append("</mark>");
            position = matchEnd;
        }

        snippet.Append(HtmlText.Escape(text.AsSpan(position, end - position)));
        if (end < text.Length)
        {
            snippet.Append('…');
        }

        return snippet.ToString();
    }

    public void Dispose() => analyzer.Dispose();

    private List<(string Term, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string Term, int Start, int End)>();
        using TokenStream stream = analyzer.GetTokenStream("snippet", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, Math.Min(offset.EndOffset, text.Length)));
        }

        stream.End();
        return tokens;
    }

    /// <summary>
    /// The matched words of the passage the snippet shows: the first match and those within the passage's length
    /// after it. Reading stops there and no string is made per word, since a page of hits would otherwise tokenise
    /// ten whole articles for a few hundred characters each.
    /// </summary>
    private List<(int Start, int End)> Matches(string text, HashSet<string> terms)
    {
        // Most passages start near the top: a first window is analysed alone, and the whole text only when that
        // window holds no match or the passage runs past it. The window ends at a space, so no word is cut.
        var window = WordEnd(text, Math.Min(text.Length, FirstWindow));
        var matches = Matches(text, window, terms, out var stopAt);
        return window < text.Length && (matches.Count == 0 || stopAt > window) ? Matches(text, text.Length, terms, out _) : matches;
    }

    private List<(int Start, int End)> Matches(string text, int length, HashSet<string> terms, out int stopAt)
    {
        var matches = new List<(int Start, int End)>();
        stopAt = int.MaxValue;
        if (terms.Count == 0 || !terms.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            return matches;
        }

        using TokenStream stream = analyzer.GetTokenStream("snippet", length == text.Length ? text : text[..length]);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && offset.StartOffset < stopAt)
        {
            if (lookup.Contains(new ReadOnlySpan<char>(term.Buffer, 0, term.Length)))
            {
                if (matches.Count == 0)
                {
                    // The passage starts at most Before characters ahead of this word and runs Length plus one word.
                    stopAt = Math.Max(0, offset.StartOffset - Before) + Length + Before;
                }

                matches.Add((offset.StartOffset, Math.Min(offset.EndOffset, length)));
            }
        }

        stream.End();
        return matches;
    }

    private static string Cut(string text, int start, int end) =>
        end < text.Length ? string.Concat(text.AsSpan(start, WordEnd(text, end) - start), "…") : text[start..];

    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
