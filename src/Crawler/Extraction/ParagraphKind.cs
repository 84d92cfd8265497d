namespace Pipeline.Crawler.Extraction;

/// <summary>What a block of the main text is.</summary>
public enum ParagraphKind
{
    /// <summary>Running text.</summary>
    Paragraph,

    /// <summary>A sub-heading inside the article.</summary>
    Heading,

    /// <summary>An item of a list.</summary>
    ListItem,

    /// <summary>An image caption ("Ảnh: ...").</summary>
    Caption,
}
