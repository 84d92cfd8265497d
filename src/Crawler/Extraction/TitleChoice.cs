using AngleSharp.Dom;

namespace Pipeline.Crawler.Extraction;

/// <summary>The page's headline and the element that shows it, if one does.</summary>
/// <param name="Title">The headline, or null when the page gives none.</param>
/// <param name="Headline">The heading element holding it: removed from the text, and bylines are looked for near it.</param>
internal sealed record TitleChoice(string? Title, IElement? Headline);
