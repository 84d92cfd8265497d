using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Pipeline.Indexer.Analysis;

namespace Pipeline.Indexer.Tests.Analysis;

public sealed class FoldedWithOriginalFilterTests
{
    [Fact]
    public void IncrementToken_UnfoldableNonAsciiToken_EmittedOnce()
    {
        // CJK has no folded form: a second copy would double its counts in the matching field.
        Assert.Equal([("北京", 1), ("hop", 1), ("họp", 0)], Tokens("北京 họp"));
    }

    private static List<(string Term, int Increment)> Tokens(string text)
    {
        using var tokenizer = new WhitespaceTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        using var filter = new FoldedWithOriginalFilter(tokenizer);
        var term = filter.AddAttribute<ICharTermAttribute>();
        var increment = filter.AddAttribute<IPositionIncrementAttribute>();
        filter.Reset();
        var tokens = new List<(string, int)>();
        while (filter.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        filter.End();
        return tokens;
    }
}
