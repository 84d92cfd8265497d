namespace Pipeline.Crawler.Extraction;

/// <summary>What a page's layout shows before its furniture is stripped: how many linked headlines and teasers it lists.</summary>
/// <param name="LinkedHeadlines">Headings (h2–h4, or links styled as titles) whose text is a link to another page.</param>
/// <param name="Teasers">Small blocks holding one linked headline and a short description.</param>
/// <param name="TeaserTexts">The texts of the teasers' descriptions, so they are not taken for article paragraphs.</param>
internal sealed record PageSurvey(int LinkedHeadlines, int Teasers, IReadOnlySet<string> TeaserTexts)
{
    public static PageSurvey Empty { get; } = new(0, 0, new HashSet<string>(StringComparer.Ordinal));
}
