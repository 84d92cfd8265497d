using System.Globalization;
using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>Loads the gold corpus from the demo articles and resolves every annotation to a fact with its offset.</summary>
public static class GoldCorpus
{
    /// <summary>The bundled articles directory.</summary>
    public static string DefaultDirectory => Storage.ProductData.Shipped.DemoArticles;

    /// <summary>Loads every annotated article (those with a "cooperation" header).</summary>
    /// <param name="directory">The articles directory.</param>
    /// <returns>The gold articles, in file order.</returns>
    /// <exception cref="InvalidDataException">An article or annotation is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<GoldArticle> Load(string directory)
    {
        return From(DemoArticleReader.ReadDirectory(directory));
    }

    /// <summary>Turns the annotated articles among already-read ones (those with a "cooperation" header) into gold facts.</summary>
    /// <param name="articles">The articles, annotated or not.</param>
    /// <returns>The gold articles, in input order.</returns>
    /// <exception cref="InvalidDataException">An annotation is malformed; the message names the file and line.</exception>
    public static IReadOnlyList<GoldArticle> From(IEnumerable<DemoArticle> articles)
    {
        return articles.Where(a => a.Cooperation is not null).Select(ToGold).ToList();
    }

    /// <summary>Turns one annotated article into gold facts.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The gold article.</returns>
    public static GoldArticle ToGold(DemoArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var partners = new List<PartnerFact>();
        var parties = new List<PartnerFact>();
        var counts = new List<CountFact>();
        var dates = new List<DateFact>();
        foreach (var annotation in article.Annotations)
        {
            var start = Locate(text, annotation, article.Slug);
            switch (annotation.Kind)
            {
                case "partner":
                    partners.Add(Partner(annotation, start, article.Slug));
                    break;
                case "party":
                    parties.Add(Partner(annotation, start, article.Slug) with { Country = "Việt Nam", CountryCode = "VN" });
                    break;
                case "count":
                    counts.Add(new CountFact(
                        decimal.Parse(Required(annotation, "value", article.Slug), NumberStyles.Float, CultureInfo.InvariantCulture),
                        Required(annotation, "approx", article.Slug),
                        Required(annotation, "noun", article.Slug),
                        annotation.Get("currency"),
                        annotation.Span,
                        start));
                    break;
                default:
                    dates.Add(new DateFact(annotation.Span, Required(annotation, "resolved", article.Slug), start));
                    break;
            }
        }

        var facts = new ArticleFacts(
            partners,
            parties,
            counts,
            dates,
            article.Topics.Select(t => new TopicScore(t, 1.0)).ToList(),
            new CooperationFact(article.Cooperation ?? false, 1.0));
        var outlet = DemoOutlet.Get(article.Outlet);
        return new GoldArticle(article, outlet.Url(article.Path), outlet.Name, GoldSplit.Of(article.Slug), facts);
    }

    private static PartnerFact Partner(GoldAnnotation annotation, int start, string slug) =>
        new(Required(annotation, "name", slug), Required(annotation, "key", slug), Required(annotation, "kind", slug), annotation.Get("country"), annotation.Get("cc"), annotation.Span, start);

    private static int Locate(string text, GoldAnnotation annotation, string slug)
    {
        var index = -1;
        for (var n = 0; n < annotation.Occurrence; n++)
        {
            index = text.IndexOf(annotation.Span, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new InvalidDataException($"{slug}: line {annotation.Line}: '{annotation.Span}' (occurrence {annotation.Occurrence}) is not in the analysed text.");
            }
        }

        return index;
    }

    private static string Required(GoldAnnotation annotation, string name, string slug) =>
        annotation.Attributes.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new InvalidDataException($"{slug}: line {annotation.Line}: {annotation.Kind} '{annotation.Span}' lacks {name}=.");
}
