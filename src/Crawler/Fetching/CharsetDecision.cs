namespace Pipeline.Crawler.Fetching;

/// <summary>How a body was turned into text, kept so that a page read with the wrong charset can be found and fixed.</summary>
/// <param name="Declared">The charset the page named (Content-Type, else &lt;meta&gt;) as written, or null when it named none.</param>
/// <param name="Used">The charset the body was decoded with (its web name, e.g. "utf-8", "windows-1258").</param>
/// <param name="Reason">Why that charset was used.</param>
/// <param name="ReplacedCharacters">How many invalid byte sequences became U+FFFD; a sequence cut off at the size limit is dropped, not counted.</param>
public sealed record CharsetDecision(string? Declared, string Used, CharsetReason Reason, int ReplacedCharacters);
