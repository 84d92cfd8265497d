using System.Collections.Concurrent;
using Pipeline.Corpus;
using Pipeline.Corpus.Synthetic;
using Pipeline.Indexer.Schema;
using Pipeline.Indexer.Writing;

namespace Pipeline.Bench;

/// <summary>Generated articles with their facts, and a Lucene index of them: what <c>bench index</c> and <c>bench api</c> both search.</summary>
internal static class SyntheticArticles
{
    /// <summary>The same seed gives the same articles, ids "syn-0", "syn-1"...</summary>
    public static List<IndexedArticle> Generate(IReadOnlyList<GoldArticle> gold, int count, int seed) =>
        new SyntheticCorpusGenerator(SyntheticVocabulary.From(gold), seed).Generate(count)
            .Select((g, i) => new IndexedArticle($"syn-{i}", g.Url, g.Source.Outlet, g.Source.Title, g.Source.Lead, string.Join('\n', g.Source.Paragraphs), g.Source.Published, g.Facts, [g.Source.Author], g.Source.Section))
            .ToList();

    /// <summary>Indexes the articles into <paramref name="directory"/> from <paramref name="threads"/> threads commits, and compacts it as indexing runs do.</summary>
    public static void Index(string directory, IReadOnlyList<IndexedArticle> articles, int threads, CancellationToken cancellationToken = default)
    {
        using var writer = new ArticleIndexWriter(directory);
        // IndexWriter takes documents from several threads at once; each thread analyses its own.
        Parallel.ForEach(
            Partitioner.Create(0, articles.Count, 1_000),
            new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            range => writer.Upsert(articles.Skip(range.Item1).Take(range.Item2 - range.Item1)));
        writer.Commit(articles.Count);
        // As every indexing run of the pipeline leaves it: one segment.
        writer.Compact();
    }
}
