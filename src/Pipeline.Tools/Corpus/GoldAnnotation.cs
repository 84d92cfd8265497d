namespace Pipeline.Corpus;

/// <summary>One gold annotation line as written under an article: "count: gần 14 nghìn ... | value=14000 | ...".</summary>
/// <param name="Kind">"partner", "party", "count" or "date".</param>
/// <param name="Span">The annotated text, an exact substring of the analysed text.</param>
/// <param name="Occurrence">Which occurrence of <paramref name="Span"/> is meant, from 1.</param>
/// <param name="Attributes">The "name=value" fields.</param>
/// <param name="Line">The line number in the article file, for error messages.</param>
public sealed record GoldAnnotation(string Kind, string Span, int Occurrence, IReadOnlyDictionary<string, string> Attributes, int Line)
{
    /// <summary>An attribute, with "-" read as absent.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The value or null.</returns>
    public string? Get(string name) => Attributes.TryGetValue(name, out var value) && value != "-" ? value : null;
}
