namespace Pipeline.Tests.Output.Citations;

/// <summary>One BibTeX entry as <see cref="BibtexReader"/> reads it.</summary>
/// <param name="Type">The entry type, without '@'.</param>
/// <param name="Key">The citation key.</param>
/// <param name="Fields">Raw field values, as written between the outer braces.</param>
internal sealed record BibtexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);
