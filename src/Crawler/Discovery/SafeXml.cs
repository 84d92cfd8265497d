using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Crawler.Discovery;

/// <summary>Loads untrusted XML: no DTDs (no entity expansion bombs), no external resolution.</summary>
internal static class SafeXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 50_000_000,
    };

    /// <summary>The same rules for reading a stream as it arrives; its size is bounded by the stream.</summary>
    public static XmlReaderSettings StreamSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        Async = true,
        CloseInput = false,
    };

    public static XDocument Load(string xml, string what)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml.TrimStart('\uFEFF', ' ', '\r', '\n', '\t')), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new DiscoveryFormatException($"The {what} is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}", ex);
        }
    }
}
