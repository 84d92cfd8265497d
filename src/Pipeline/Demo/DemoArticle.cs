namespace Pipeline.Demo;

/// <summary>One article of the bundled demo site, as written in data/demo-site/articles.</summary>
/// <param name="Slug">ASCII slug, unique.</param>
/// <param name="Section">Section key (e.g. "hop-tac-quoc-te").</param>
/// <param name="Title">Headline.</param>
/// <param name="Lead">Lead paragraph (sapo).</param>
/// <param name="Published">Publication time (+07:00).</param>
/// <param name="Author">Signature line.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Paragraphs">Body paragraphs; captions start with "Ảnh:".</param>
public sealed record DemoArticle(
    string Slug,
    string Section,
    string Title,
    string Lead,
    DateTimeOffset Published,
    string Author,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>The article's path on the demo site; the timestamp suffix mimics common Vietnamese CMS addresses.</summary>
    public string Path => $"/{Section}/{Slug}-{Published:yyyyMMddHHmmss}.htm";
}
