namespace Pipeline.Crawler.Extraction;

/// <summary>A date as one source of the page writes it, with what the source actually said: a time of day, an offset.</summary>
/// <param name="Value">The instant; +07:00 when the source wrote no offset.</param>
/// <param name="HasTime">False when the source gave only the day (the value is then midnight).</param>
/// <param name="HasOffset">True when the source wrote its offset (ISO offset, "Z", "GMT+7"); false when +07:00 was assumed.</param>
internal sealed record PageDate(DateTimeOffset Value, bool HasTime, bool HasOffset);
