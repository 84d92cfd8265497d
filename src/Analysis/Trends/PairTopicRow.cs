namespace Pipeline.Analysis.Trends;

/// <summary>Articles naming two participants with one topic label.</summary>
/// <param name="RoleA">The first participant's role.</param>
/// <param name="KeyA">The first participant's key.</param>
/// <param name="RoleB">The second participant's role.</param>
/// <param name="KeyB">The second participant's key.</param>
/// <param name="Label">The topic label.</param>
/// <param name="Articles">Articles naming both with that label.</param>
public sealed record PairTopicRow(string RoleA, string KeyA, string RoleB, string KeyB, string Label, int Articles);
