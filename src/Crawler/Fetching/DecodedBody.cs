namespace Pipeline.Crawler.Fetching;

/// <summary>A decoded body and how its charset was chosen.</summary>
/// <param name="Text">The NFC-normalised text.</param>
/// <param name="Decision">The charset decision.</param>
public sealed record DecodedBody(string Text, CharsetDecision Decision);
