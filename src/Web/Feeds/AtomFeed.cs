using System.Globalization;
using System.Text;
using System.Xml;
using Pipeline.Indexer.Search;
using Pipeline.Web.Html;

namespace Pipeline.Web.Feeds;

/// <summary>
/// An Atom 1.0 feed (RFC 4287) of the newest articles matching a search, so a researcher can follow it in a feed
/// reader. Entries link to the article page here and to the source. Everything is text (type="text"): no crawled
/// markup reaches a reader.
/// </summary>
internal static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <param name="results">The newest matching articles.</param>
    /// <param name="title">The feed's title.</param>
    /// <param name="baseUri">This site's address ("http://host:port/").</param>
    /// <param name="queryString">The search's query string, for the self and alternate links.</param>
    /// <param name="now">Stands in for the newest entry's time when no entry is dated.</param>
    /// <param name="labels">Topic names for categories.</param>
    public static string Write(SearchResults results, string title, Uri baseUri, string queryString, DateTimeOffset now, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(results);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, OmitXmlDeclaration = false };
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriterUtf8(output), settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "vi");
            Element(writer, "id", "urn:pipeline:search:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(queryString)))[..32]);
            Element(writer, "title", title);
            Element(writer, "subtitle", "Bài mới nhất khớp với tìm kiếm, từ Pipeline");
            var newest = results.Hits.Select(h => h.Published).OfType<DateTimeOffset>().DefaultIfEmpty(now).Max();
            Element(writer, "updated", Time(newest));
            Link(writer, "self", new Uri(baseUri, "feeds/search" + queryString), "application/atom+xml");
            Link(writer, "alternate", new Uri(baseUri, queryString.Length == 0 ? "/" : "/" + queryString), "text/html");
            writer.WriteStartElement("author", Namespace);
            Element(writer, "name", "Pipeline");
            writer.WriteEndElement();
            Element(writer, "generator", "Pipeline");
            foreach (var hit in results.Hits)
            {
                writer.WriteStartElement("entry", Namespace);
                Element(writer, "id", "urn:pipeline:article:" + hit.Id);
                Element(writer, "title", hit.Title);
                Element(writer, "updated", Time(hit.Published ?? newest));
                if (hit.Published is { } published)
                {
                    Element(writer, "published", Time(published));
                }

                Link(writer, "alternate", new Uri(baseUri, "articles/" + Uri.EscapeDataString(hit.Id)), "text/html");
                if (Uri.TryCreate(hit.Url, UriKind.Absolute, out var source) && source.Scheme is "http" or "https")
                {
                    Link(writer, "related", source, "text/html");
                }

                writer.WriteStartElement("author", Namespace);
                Element(writer, "name", hit.Outlet);
                writer.WriteEndElement();
                foreach (var topic in hit.Topics)
                {
                    writer.WriteStartElement("category", Namespace);
                    writer.WriteAttributeString("term", Clean(topic.Label));
                    writer.WriteAttributeString("label", Clean(labels.Topic(topic.Label)));
                    writer.WriteEndElement();
                }

                var summary = SnippetHtml.PlainText(hit.Snippet);
                if (hit.Partners.Count > 0)
                {
                    summary += " — Đối tác: " + string.Join(", ", hit.Partners);
                }

                writer.WriteStartElement("summary", Namespace);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(Clean(summary));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return output.ToString();
    }

    private static void Element(XmlWriter writer, string name, string value) => writer.WriteElementString(name, Namespace, Clean(value));

    private static void Link(XmlWriter writer, string relation, Uri href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", relation);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    private static string Time(DateTimeOffset time) => time.ToOffset(Labels.VietnamOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    // Crawled text can hold characters XML 1.0 forbids (control characters, lone surrogates); a reader would reject the whole feed.
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the response is.</summary>
    private sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
