namespace Pipeline.Analysis.Trends;

/// <summary>A key with its display name and a number of articles.</summary>
/// <param name="Key">The key (topic label, ISO code, participant key).</param>
/// <param name="Label">Its display name in Vietnamese.</param>
/// <param name="Articles">Articles.</param>
public sealed record LabelCount(string Key, string Label, int Articles);
