namespace Pipeline.Analysis.Trends;

/// <summary>Articles with one participant and one topic label.</summary>
/// <param name="Role">The participant's role.</param>
/// <param name="Key">The participant's key.</param>
/// <param name="Label">The topic label.</param>
/// <param name="Articles">Articles with both.</param>
public sealed record ActorTopicRow(string Role, string Key, string Label, int Articles);
