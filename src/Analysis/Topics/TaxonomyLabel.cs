namespace Pipeline.Analysis.Topics;

/// <summary>One topic label with its Vietnamese name, description and cue phrases.</summary>
/// <param name="Label">The label key (e.g. "training-capacity").</param>
/// <param name="Name">Vietnamese display name.</param>
/// <param name="Description">What the label covers.</param>
/// <param name="Cues">Phrases that suggest the label.</param>
public sealed record TaxonomyLabel(string Label, string Name, string Description, IReadOnlyList<string> Cues);
