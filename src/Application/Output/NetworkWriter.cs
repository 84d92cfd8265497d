using System.Globalization;
using System.Text;
using System.Xml;
using Pipeline.Analysis.Trends;

namespace Pipeline.Output;

/// <summary>
/// The cooperation network as GraphML (Cytoscape, Gephi, yEd) or GEXF 1.2 (Gephi): undirected, node attributes kind
/// (party or partner), type (org, city, country), country and its code, articles, first and last day; edge weight
/// (articles) with topics and first and last day.
/// </summary>
public static class NetworkWriter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string GexfNamespace = "http://www.gexf.net/1.2draft";

    private static readonly (string Id, string Type)[] NodeAttributes =
        [("kind", "string"), ("type", "string"), ("country", "string"), ("country_code", "string"), ("articles", "int"), ("first", "string"), ("last", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributes = [("topics", "string"), ("first", "string"), ("last", "string")];

    /// <summary>The network as GraphML.</summary>
    /// <param name="network">The cooperation network.</param>
    /// <returns>The GraphML document.</returns>
    public static string GraphMl(CooperationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Write(xml =>
        {
            xml.WriteStartElement("graphml", GraphMlNamespace);
            xml.WriteStartElement("key", GraphMlNamespace);
            xml.WriteAttributeString("id", "label");
            xml.WriteAttributeString("for", "node");
            xml.WriteAttributeString("attr.name", "label");
            xml.WriteAttributeString("attr.type", "string");
            xml.WriteEndElement();
            foreach (var (id, type) in NodeAttributes)
            {
                Key(xml, id, "node", type);
            }

            Key(xml, "weight", "edge", "double");
            foreach (var (id, type) in EdgeAttributes)
            {
                Key(xml, "e_" + id, "edge", type, id);
            }

            xml.WriteStartElement("graph", GraphMlNamespace);
            xml.WriteAttributeString("id", "cooperation");
            xml.WriteAttributeString("edgedefault", "undirected");
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", GraphMlNamespace);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "label", node.Label);
                foreach (var (key, value) in NodeValues(node))
                {
                    Data(xml, key, value);
                }

                xml.WriteEndElement();
            }

            var index = 0;
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", GraphMlNamespace);
                xml.WriteAttributeString("id", "e" + (index++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
                foreach (var (key, value) in EdgeValues(edge))
                {
                    Data(xml, "e_" + key, value);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    /// <summary>The network as GEXF.</summary>
    /// <param name="network">The cooperation network.</param>
    /// <returns>The GEXF document.</returns>
    public static string Gexf(CooperationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Write(xml =>
        {
            xml.WriteStartElement("gexf", GexfNamespace);
            xml.WriteAttributeString("version", "1.2");
            xml.WriteStartElement("meta", GexfNamespace);
            xml.WriteElementString("creator", GexfNamespace, "Pipeline");
            xml.WriteElementString("description", GexfNamespace, "Mạng lưới hợp tác y tế quốc tế: bên Việt Nam và đối tác nước ngoài cùng xuất hiện trong bài viết");
            xml.WriteEndElement();
            xml.WriteStartElement("graph", GexfNamespace);
            xml.WriteAttributeString("mode", "static");
            xml.WriteAttributeString("defaultedgetype", "undirected");
            Attributes(xml, "node", NodeAttributes);
            Attributes(xml, "edge", EdgeAttributes);
            xml.WriteStartElement("nodes", GexfNamespace);
            foreach (var node in network.Nodes)
            {
                xml.WriteStartElement("node", GexfNamespace);
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", node.Label);
                AttValues(xml, NodeValues(node));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges", GexfNamespace);
            var index = 0;
            foreach (var edge in network.Edges)
            {
                xml.WriteStartElement("edge", GexfNamespace);
                xml.WriteAttributeString("id", (index++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                xml.WriteAttributeString("weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
                AttValues(xml, EdgeValues(edge));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
    }

    private static IEnumerable<(string Key, string? Value)> NodeValues(NetworkNode node) =>
    [
        ("kind", node.Role), ("type", node.Kind), ("country", node.Country), ("country_code", node.CountryCode),
        ("articles", node.Articles.ToString(CultureInfo.InvariantCulture)), ("first", Day(node.First)), ("last", Day(node.Last)),
    ];

    private static IEnumerable<(string Key, string? Value)> EdgeValues(NetworkEdge edge) =>
        [("topics", string.Join(",", edge.Topics)), ("first", Day(edge.First)), ("last", Day(edge.Last))];

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Key(XmlWriter xml, string id, string scope, string type, string? name = null)
    {
        xml.WriteStartElement("key", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name ?? id);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string scope, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", GexfNamespace);
        xml.WriteAttributeString("class", scope);
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", GexfNamespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type == "int" ? "integer" : type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void AttValues(XmlWriter xml, IEnumerable<(string Key, string? Value)> values)
    {
        xml.WriteStartElement("attvalues", GexfNamespace);
        foreach (var (key, value) in values.Where(v => v.Value is not null))
        {
            xml.WriteStartElement("attvalue", GexfNamespace);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", value);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
