using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Indexer.Schema;

namespace Pipeline.Indexer.Search;

/// <summary>
/// The phrase-like part of ranking: an optional clause that rewards articles where the query's syllables stand
/// side by side ("hợp tác" as a word, not "hợp" here and "tác" there). It never decides what matches, only
/// the order, so it is built from the positive words of the query and ignores its operators.
/// </summary>
internal static partial class BigramBoost
{
    /// <summary>Bigrams taken from one query at most; a longer query is already specific.</summary>
    public const int MaxBigrams = 32;

    private const float TitleBoost = 2f;
    private const float BodyBoost = 1f;

    /// <summary>The optional clause, or null when the query has no two adjacent positive words.</summary>
    public static Query? For(string query, Analyzer analyzer)
    {
        var bigrams = new List<string>();
        foreach (var segment in PositiveSegments(query))
        {
            using var stream = analyzer.GetTokenStream(IndexFields.BodyBigrams, segment);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && bigrams.Count < MaxBigrams)
            {
                bigrams.Add(term.ToString());
            }

            stream.End();
        }

        if (bigrams.Count == 0)
        {
            return null;
        }

        var boost = new BooleanQuery(disableCoord: true);
        foreach (var bigram in bigrams.Distinct(StringComparer.Ordinal))
        {
            boost.Add(new TermQuery(new Term(IndexFields.TitleBigrams, bigram)) { Boost = TitleBoost }, Occur.SHOULD);
            boost.Add(new TermQuery(new Term(IndexFields.BodyBigrams, bigram)) { Boost = BodyBoost }, Occur.SHOULD);
        }

        return boost;
    }

    /// <summary>Runs of words that must or may match: operators split runs, a NOT or "-" word is left out.</summary>
    internal static IEnumerable<string> PositiveSegments(string query)
    {
        var current = new List<string>();
        var skipNext = false;
        foreach (Match match in Word().Matches(query))
        {
            var word = match.Value;
            if (skipNext)
            {
                skipNext = false;
                continue;
            }

            if (word is "NOT" or "!" || word.StartsWith('-') || word.StartsWith('!'))
            {
                skipNext = word is "NOT" or "!";
                if (current.Count > 0)
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                }

                continue;
            }

            if (word is "AND" or "OR" or "&&" or "||")
            {
                if (current.Count > 0)
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                }

                continue;
            }

            current.Add(word.Trim('"', '(', ')', '+'));
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    [GeneratedRegex("\"[^\"]*\"?|[^\\s\"]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
