using Pipeline.Text.Facts;

namespace Pipeline.Corpus;

/// <summary>A text with the facts a perfect analysis would find in it, whatever corpus it comes from.</summary>
/// <param name="Id">The text's id in its corpus (the gold slug, or a real-dev file's id).</param>
/// <param name="Text">The analysed text (NFC); fact offsets refer to it.</param>
/// <param name="Published">The publication time dates without a year resolve against; null when unknown.</param>
/// <param name="Split">The split the text belongs to.</param>
/// <param name="Facts">Gold partners, parties, counts, dates, topics and cooperation.</param>
public sealed record AnnotatedText(string Id, string Text, DateTimeOffset? Published, string Split, ArticleFacts Facts);
