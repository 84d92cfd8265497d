namespace Pipeline.Text.Facts;

/// <summary>Everything the analysis finds in one text, in the JSON shape of <c>pipeline analyze --json</c>.</summary>
/// <param name="Partners">Foreign and international counterparts.</param>
/// <param name="Parties">Vietnamese participants.</param>
/// <param name="Counts">Counted quantities and money.</param>
/// <param name="Dates">Calendar expressions.</param>
/// <param name="Topics">Labels that apply, best first.</param>
/// <param name="Cooperation">Whether the text is about international cooperation.</param>
public sealed record ArticleFacts(
    IReadOnlyList<PartnerFact> Partners,
    IReadOnlyList<PartnerFact> Parties,
    IReadOnlyList<CountFact> Counts,
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<TopicScore> Topics,
    CooperationFact Cooperation)
{
    /// <summary>No facts at all.</summary>
    public static ArticleFacts Empty { get; } = new([], [], [], [], [], new CooperationFact(false, 0));
}
