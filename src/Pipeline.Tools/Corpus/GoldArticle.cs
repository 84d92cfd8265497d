using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>A gold article: what a perfect pipeline would produce from its page.</summary>
/// <param name="Source">The demo article it comes from.</param>
/// <param name="Url">The article's address on its outlet.</param>
/// <param name="OutletName">The outlet's display name.</param>
/// <param name="Split">"train", "dev" or "test".</param>
/// <param name="Facts">Partners, parties, counts, dates, topics and cooperation with offsets into <see cref="DemoArticle.Text"/>.</param>
public sealed record GoldArticle(DemoArticle Source, string Url, string OutletName, string Split, ArticleFacts Facts)
{
    /// <summary>The analysed text: lead and body paragraphs, one per line.</summary>
    public string Text => Source.Text;
}
