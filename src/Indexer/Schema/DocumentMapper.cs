using Lucene.Net.Documents;

namespace Pipeline.Indexer.Schema;

/// <summary>Maps <see cref="IndexedArticle"/> to a Lucene document and back.</summary>
internal static class DocumentMapper
{
    public static Lucene.Net.Documents.Document ToDocument(IndexedArticle article)
    {
        var document = new Lucene.Net.Documents.Document
        {
            new StringField(IndexFields.Id, article.Id, Field.Store.YES),
            new StoredField(IndexFields.Url, article.Url),
            new StringField(IndexFields.Outlet, article.Outlet, Field.Store.YES),
            new TextField(IndexFields.Title, article.Title, Field.Store.YES),
            new TextField(IndexFields.TitleFolded, article.Title, Field.Store.NO),
            new TextField(IndexFields.Body, article.Body, Field.Store.YES),
            new TextField(IndexFields.BodyFolded, article.Body, Field.Store.NO),
        };
        if (article.Lead is not null)
        {
            document.Add(new TextField(IndexFields.Lead, article.Lead, Field.Store.YES));
            document.Add(new TextField(IndexFields.LeadFolded, article.Lead, Field.Store.NO));
        }

        var published = article.Published?.ToUnixTimeMilliseconds() ?? long.MinValue;
        document.Add(new Int64Field(IndexFields.Published, published, Field.Store.YES));
        document.Add(new NumericDocValuesField(IndexFields.PublishedSort, published));
        return document;
    }
}
