using System.Globalization;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Pipeline.Text.Facts;

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
            new TextField(IndexFields.Title, article.Title, Field.Store.YES),
            new TextField(IndexFields.TitleFolded, article.Title, Field.Store.NO),
            new TextField(IndexFields.Body, article.Body, Field.Store.YES),
            new Field(IndexFields.TitleBigrams, article.Title, BigramType),
            new Field(IndexFields.BodyBigrams, article.Body, BigramType),
            new TextField(IndexFields.TextFolded, article.Title, Field.Store.NO),
        };
        if (article.Lead is not null)
        {
            document.Add(new TextField(IndexFields.Lead, article.Lead, Field.Store.YES));
            document.Add(new TextField(IndexFields.LeadFolded, article.Lead, Field.Store.NO));
            document.Add(new Field(IndexFields.BodyBigrams, article.Lead, BigramType));
            document.Add(new TextField(IndexFields.TextFolded, article.Lead, Field.Store.NO));
        }

        // Headline, lead, body in reading order; the analyzer's position gap keeps a phrase from spanning two of them.
        document.Add(new TextField(IndexFields.TextFolded, article.Body, Field.Store.NO));

        foreach (var author in article.Authors ?? [])
        {
            document.Add(new StringField(IndexFields.Author, author, Field.Store.YES));
        }

        if (article.Section is not null)
        {
            document.Add(new StringField(IndexFields.Section, article.Section, Field.Store.YES));
        }

        var published = article.Published?.ToUnixTimeMilliseconds() ?? long.MinValue;
        document.Add(new Int64Field(IndexFields.Published, published, Field.Store.YES));
        document.Add(new NumericDocValuesField(IndexFields.PublishedSort, published));
        AddFacet(document, IndexFields.Outlet, article.Outlet);
        if (article.Published is { } time)
        {
            // The month is counted, never filtered on (the date range does that): DocValues only.
            document.Add(FacetValue(IndexFields.Month, time.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }

        if (article.Facts is { } facts)
        {
            foreach (var topic in facts.Topics.Select(t => t.Label).Distinct(StringComparer.Ordinal))
            {
                AddFacet(document, IndexFields.Topic, topic);
            }

            document.Add(new StringField(IndexFields.Cooperation, facts.Cooperation.Value ? "true" : "false", Field.Store.YES));
            foreach (var key in facts.Partners.Select(p => p.Key).Distinct(StringComparer.Ordinal))
            {
                AddFacet(document, IndexFields.Partner, key);
            }

            foreach (var code in facts.Partners.Select(p => p.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                AddFacet(document, IndexFields.Country, code);
            }

            foreach (var key in facts.Parties.Select(p => p.Key).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(IndexFields.Party, key, Field.Store.YES));
            }

            // Only what a hit shows: the full facts (counts, dates, spans) were half of every stored document, and a
            // page of hits decoded them all. The store keeps the full facts.
            var shown = new HitFacts(facts.Topics, [.. facts.Partners.Select(p => p.Name).Distinct(StringComparer.Ordinal).Select(name => new HitPartner(name))]);
            document.Add(new StoredField(IndexFields.Facts, JsonSerializer.Serialize(shown, FactsJson)));
        }

        return document;
    }

    /// <summary>
    /// The topics and the distinct partner names of a document, read from its stored facts: only these since
    /// this build, the full facts in documents indexed before (their other members are skipped).
    /// </summary>
    internal static (IReadOnlyList<TopicScore> Topics, IReadOnlyList<string> Partners) HitFacts(Lucene.Net.Documents.Document document)
    {
        if (document.Get(IndexFields.Facts, CultureInfo.InvariantCulture) is not { } json || JsonSerializer.Deserialize<HitFacts>(json, FactsJson) is not { } facts)
        {
            return ([], []);
        }

        return (facts.Topics ?? [], facts.Partners?.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList() ?? []);
    }

    // Positions included: a phrase of three or more syllables is matched as a phrase of its bigrams, whose
    // positions are far fewer to read than those of the common syllables it is made of.
    private static readonly FieldType BigramType = TextField.TYPE_NOT_STORED;

    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web);

    // A filterable, stored exact field plus its DocValues twin, which facet counting reads.
    private static void AddFacet(Lucene.Net.Documents.Document document, string field, string value)
    {
        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(FacetValue(field, value));
    }

    private static SortedSetDocValuesField FacetValue(string field, string value) => new(field + IndexFields.FacetSuffix, new BytesRef(value));
}
