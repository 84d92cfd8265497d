using System.Globalization;
using System.Xml;
using Pipeline.Crawler.Urls;

namespace Pipeline.Crawler.Discovery;

/// <summary>
/// Reads sitemap indexes, urlsets and Google News sitemaps as a stream, entry by entry, within the
/// protocol's limits: 50,000 entries and 50 MiB uncompressed. A sitemap that breaks off or goes beyond
/// them yields the entries read so far and says why in <see cref="SitemapDocument.Error"/>.
/// </summary>
public static class SitemapParser
{
    /// <summary>Entries one sitemap may hold, per the sitemap protocol.</summary>
    public const int MaxEntries = 50_000;

    /// <summary>Uncompressed bytes one sitemap may have, per the sitemap protocol (50 MiB).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Parses a sitemap held in memory; entries without a usable address are skipped.</summary>
    /// <param name="xml">The sitemap's text.</param>
    /// <param name="sitemapUri">Its address.</param>
    /// <returns>The index or urlset, with <see cref="SitemapDocument.Error"/> set when only part could be read.</returns>
    /// <exception cref="DiscoveryFormatException">The text is not XML, or not a sitemap.</exception>
    public static SitemapDocument Parse(string xml, Uri sitemapUri)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(sitemapUri);
        using var text = new StringReader(xml.TrimStart('\uFEFF', ' ', '\r', '\n', '\t'));
        using var reader = XmlReader.Create(text, SafeXml.StreamSettings);

        // Over a string reader every asynchronous read completes at once: nothing here waits on I/O.
        return ReadAsync(reader, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Reads a sitemap from a stream (UTF-8 unless its XML declaration says otherwise) as it arrives.</summary>
    /// <param name="stream">The uncompressed sitemap, already limited to <see cref="MaxBytes"/> by the caller.</param>
    /// <param name="sitemapUri">Its address.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The index or urlset, with <see cref="SitemapDocument.Error"/> set when only part could be read.</returns>
    /// <exception cref="DiscoveryFormatException">The stream is not XML, or not a sitemap.</exception>
    public static async Task<SitemapDocument> ReadAsync(Stream stream, Uri sitemapUri, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sitemapUri);
        using var reader = XmlReader.Create(stream, SafeXml.StreamSettings);
        return await ReadAsync(reader, cancellationToken);
    }

    private static async ValueTask<SitemapDocument> ReadAsync(XmlReader reader, CancellationToken cancellationToken)
    {
        bool isIndex;
        string entryName;
        try
        {
            if (await reader.MoveToContentAsync() != XmlNodeType.Element)
            {
                throw new DiscoveryFormatException("The sitemap is empty.");
            }

            (isIndex, entryName) = reader.LocalName switch
            {
                "sitemapindex" => (true, "sitemap"),
                "urlset" => (false, "url"),
                _ => throw new DiscoveryFormatException($"Not a sitemap: the root element is <{reader.LocalName}>, expected <urlset> or <sitemapindex>."),
            };
        }
        catch (XmlException ex)
        {
            throw new DiscoveryFormatException($"The sitemap is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }

        var links = new List<DiscoveredLink>();
        var seen = new HashSet<Uri>();
        string? error = null;
        var entries = 0;
        try
        {
            var rootDepth = reader.Depth;
            var empty = reader.IsEmptyElement;
            while (!empty && await reader.ReadAsync() && reader.Depth > rootDepth)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != rootDepth + 1 || reader.LocalName != entryName)
                {
                    continue;
                }

                if (++entries > MaxEntries)
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"The sitemap has more than {MaxEntries:N0} entries, the protocol's limit; the rest was not read.");
                    break;
                }

                // The sitemap protocol requires absolute addresses; anything else is an error in the sitemap.
                if (await ReadEntryAsync(reader) is { } link && seen.Add(link.Url))
                {
                    links.Add(link);
                }
            }
        }
        catch (XmlException ex)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"The sitemap breaks off: not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message} {links.Count:N0} entries were read before.");
        }

        return new SitemapDocument(isIndex, links) { Error = error };
    }

    /// <summary>Reads one url or sitemap element, leaving the reader on its end.</summary>
    private static async Task<DiscoveredLink?> ReadEntryAsync(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        string? loc = null, lastmod = null, published = null, title = null;
        await reader.ReadAsync();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                var child = reader.Depth == depth + 1;
                if ((name == "loc" && child && loc is null) || (name == "lastmod" && child && lastmod is null)
                    || (name == "publication_date" && published is null) || (name == "title" && title is null))
                {
                    var value = await ReadTextAsync(reader);
                    switch (name)
                    {
                        case "loc":
                            loc = value;
                            break;
                        case "lastmod":
                            lastmod = value;
                            break;
                        case "publication_date":
                            published = value;
                            break;
                        default:
                            title = value.Trim();
                            break;
                    }

                    continue;
                }
            }

            await reader.ReadAsync();
        }

        return UrlCanonicalizer.TryCanonicalize(loc?.Trim(), null, out var url) ? new DiscoveredLink(url, ListingDates.Parse(published ?? lastmod), title) : null;
    }

    /// <summary>The text inside an element, markup inside it skipped; leaves the reader after its end.</summary>
    private static async Task<string> ReadTextAsync(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            await reader.ReadAsync();
            return string.Empty;
        }

        var depth = reader.Depth;
        var text = new System.Text.StringBuilder();
        while (await reader.ReadAsync() && reader.Depth > depth)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(reader.Value);
            }
        }

        // On the element's end tag: step past it.
        await reader.ReadAsync();
        return text.ToString();
    }
}
