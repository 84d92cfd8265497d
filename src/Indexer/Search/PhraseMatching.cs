using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Indexer.Analysis;
using Pipeline.Indexer.Schema;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Answers the exact phrases of the matching query from the bigram fields. A phrase over
/// <see cref="IndexFields.TextFolded"/> made of common syllables ("hợp tác", "y tế") otherwise reads the positions
/// of most of the index, which made phrases the slowest searches by far. The bigram fields hold the same folded
/// syllables as the text field, value by value (headline in one, lead and main text in the other, and no pair
/// spans two values, just as the text field's position gap keeps a phrase from doing), so a two-syllable phrase
/// matches exactly the articles holding its one bigram in either field, and a longer one exactly those holding its
/// bigrams one after the other, a phrase over bigrams whose positions are far fewer than its syllables'.
/// </summary>
/// <remarks>
/// The bigrams are folded. A phrase with a word typed with diacritics must also stand, as typed, in the text field,
/// which holds each syllable as written beside its folded form; that check scores nothing.
/// </remarks>
internal static class PhraseMatching
{
    /// <summary>
    /// The query with each exact phrase over the text field answered through bigrams; other clauses, and phrases
    /// with slop or gaps, are kept as they are.
    /// </summary>
    /// <param name="query">A matching query parsed over <see cref="IndexFields.TextFolded"/>.</param>
    /// <returns>The rewritten query, or <paramref name="query"/> itself when it holds no such phrase.</returns>
    public static Query Rewrite(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase when IsExact(phrase, out var terms):
                return ForPhrase(phrase, terms);
            case BooleanQuery boolean:
                var rewritten = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                var changed = false;
                foreach (var clause in boolean.Clauses)
                {
                    var inner = Rewrite(clause.Query);
                    changed |= !ReferenceEquals(inner, clause.Query);
                    rewritten.Add(inner, clause.Occur);
                }

                return changed ? rewritten : boolean;
            default:
                return query;
        }
    }

    private static BooleanQuery ForPhrase(PhraseQuery phrase, Term[] terms)
    {
        var folded = terms.Select(t => SyllableFolding.Fold(t.Text)).ToArray();
        var bigrams = new string[terms.Length - 1];
        for (var i = 0; i < bigrams.Length; i++)
        {
            bigrams[i] = folded[i] + " " + folded[i + 1];
        }

        var either = new BooleanQuery(disableCoord: true) { Boost = phrase.Boost };
        either.Add(InField(IndexFields.TitleBigrams, bigrams), Occur.SHOULD);
        either.Add(InField(IndexFields.BodyBigrams, bigrams), Occur.SHOULD);
        if (folded.SequenceEqual(terms.Select(t => t.Text), StringComparer.Ordinal))
        {
            return either;
        }

        // Required but weighing nothing, as the searcher's filters are: the phrase keeps the score its bigrams give it.
        var asTyped = new PhraseQuery();
        foreach (var term in terms)
        {
            asTyped.Add(term);
        }

        return new BooleanQuery
        {
            { either, Occur.MUST },
            { new ConstantScoreQuery(asTyped) { Boost = 0 }, Occur.MUST },
        };
    }

    // Adjacent bigrams of a phrase overlap by one syllable, so "a b c" is "a b" then "b c" one position later.
    private static Query InField(string field, string[] bigrams)
    {
        if (bigrams.Length == 1)
        {
            return new TermQuery(new Term(field, bigrams[0]));
        }

        var phrase = new PhraseQuery();
        foreach (var bigram in bigrams)
        {
            phrase.Add(new Term(field, bigram));
        }

        return phrase;
    }

    /// <summary>A slop-0 phrase over the text field whose words stand at consecutive positions.</summary>
    private static bool IsExact(PhraseQuery phrase, out Term[] terms)
    {
        terms = phrase.GetTerms();
        if (phrase.Slop != 0 || terms.Length < 2 || terms.Any(t => t.Field != IndexFields.TextFolded))
        {
            return false;
        }

        var positions = phrase.GetPositions();
        for (var i = 1; i < positions.Length; i++)
        {
            if (positions[i] != positions[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }
}
