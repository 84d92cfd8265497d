namespace Pipeline.Analysis.Counts;

/// <summary>The noun phrase a number counts, or the currency of an amount of money.</summary>
/// <param name="Start">Offset of its first character (just after the number when it is empty).</param>
/// <param name="End">Offset just after its last character.</param>
/// <param name="Currency">ISO 4217 code when the noun is a currency word.</param>
internal sealed record CountedNoun(int Start, int End, string? Currency);
