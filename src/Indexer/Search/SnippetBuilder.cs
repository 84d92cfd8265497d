using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Analysis.Text;
using Pipeline.Indexer.Analysis;

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
        var matches = Tokens(text).Where(t => terms.Contains(t.Term)).ToList();
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
        foreach (var (_, matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
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
