using System.Text.RegularExpressions;

namespace Pipeline.Analysis.Dates;

/// <summary>One form of date expression and how to resolve its match.</summary>
/// <param name="Regex">The form; a NonBacktracking pattern.</param>
/// <param name="Resolve">The resolved value of a match, given the publication date; null when the match is not a date
/// or cannot be resolved (a relative form without a publication date).</param>
/// <param name="Days">Whether the form names days, so that a year written in it ("ngày 12/7/2021") can stand for the
/// year of other days in the text.</param>
/// <param name="Required">A piece every match of the form contains, as a pattern of its own; null for none. A form that
/// opens with optional words may start at nearly any letter, so the engine steps through the whole text for it; the piece
/// opens with a digit or a fixed word, which the engine skips ahead to, and a text without the piece is not scanned for
/// the form.</param>
internal sealed record DatePattern(Regex Regex, Func<Match, DateTimeOffset?, string?> Resolve, bool Days = false, Regex? Required = null);
