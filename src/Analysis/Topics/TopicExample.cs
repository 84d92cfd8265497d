namespace Pipeline.Analysis.Topics;

/// <summary>One labelled training text.</summary>
/// <param name="Id">Its identifier in the training file (or the gold slug).</param>
/// <param name="Text">The text.</param>
/// <param name="Labels">The labels that apply ("other" alone when none of the topical labels does).</param>
/// <param name="Cooperation">Whether it is about international cooperation.</param>
public sealed record TopicExample(string Id, string Text, IReadOnlyList<string> Labels, bool Cooperation);
