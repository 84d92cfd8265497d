namespace Pipeline.Tests.Output.Citations;

/// <summary>One RIS record: its values by tag.</summary>
/// <param name="Fields">Values by tag, in order.</param>
internal sealed record RisRecord(IReadOnlyDictionary<string, List<string>> Fields)
{
    public string Single(string tag) => Assert.Single(Fields.GetValueOrDefault(tag) ?? []);
}
