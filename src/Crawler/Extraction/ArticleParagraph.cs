namespace Pipeline.Crawler.Extraction;

/// <summary>One block of an article's main text.</summary>
/// <param name="Text">The block's text, whitespace collapsed.</param>
/// <param name="Kind">Paragraph, heading, list item or caption.</param>
public sealed record ArticleParagraph(string Text, ParagraphKind Kind = ParagraphKind.Paragraph);
