namespace Pipeline.Corpus;

/// <summary>One article of the bundled demo corpus, as written in data/demo-site/articles.</summary>
/// <param name="Slug">ASCII slug, unique.</param>
/// <param name="Outlet">The outlet key that publishes it.</param>
/// <param name="Section">Section key (e.g. "hop-tac-quoc-te").</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph (sapo).</param>
/// <param name="Published">Publication time (+07:00).</param>
/// <param name="Author">Signature line.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Topics">Gold topic labels.</param>
/// <param name="Cooperation">Gold: international cooperation or not; null when not annotated.</param>
/// <param name="Paragraphs">Body paragraphs; captions start with "Ảnh:".</param>
/// <param name="Annotations">Gold fact annotations, in file order.</param>
public sealed record DemoArticle(
    string Slug,
    string Outlet,
    string Section,
    string Title,
    string Lead,
    DateTimeOffset Published,
    string Author,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Topics,
    bool? Cooperation,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<GoldAnnotation> Annotations)
{
    /// <summary>The article's path on its outlet; the timestamp suffix mimics common Vietnamese CMS addresses.</summary>
    public string Path => $"/{Section}/{Slug}-{Published:yyyyMMddHHmmss}.htm";

    /// <summary>The analysed text gold offsets refer to: the lead, then every body paragraph, one per line.</summary>
    public string Text => string.Join('\n', new[] { Lead }.Concat(Paragraphs));

    /// <summary>The main text extraction is measured on: the lead and the body without image captions ("Ảnh: ...").</summary>
    public string MainText => string.Join('\n', new[] { Lead }.Concat(Paragraphs.Where(p => !p.StartsWith("Ảnh:", StringComparison.Ordinal))));
}
