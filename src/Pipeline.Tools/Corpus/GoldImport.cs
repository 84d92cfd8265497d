using Pipeline.Storage;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>Gold articles (the demo corpus, synthetic corpora, gold.jsonl lines) as articles to store with their gold facts.</summary>
internal static class GoldImport
{
    public const string Source = "gold";

    public static ImportedArticle From(GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var a = gold.Source;
        return new ImportedArticle(new Uri(gold.Url), Source, gold.OutletName, a.Title, a.Lead, a.Paragraphs, a.Published, [a.Author], gold.Facts);
    }

    public static ImportedArticle From(GoldRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = new ArticleFacts(
            record.Partners,
            record.Parties,
            record.Counts,
            record.Dates,
            record.Topics.Select(t => new TopicScore(t, 1.0)).ToList(),
            new CooperationFact(record.Cooperation, 1.0));
        return new ImportedArticle(new Uri(record.Url), Source, record.Outlet, record.Title, record.Lead, record.Paragraphs, record.Published, record.Authors, facts);
    }
}
