namespace Pipeline.Text.Facts;

/// <summary>A partner (foreign or international counterpart) or a party (Vietnamese participant) of a cooperation.</summary>
/// <param name="Name">The name without a trailing country.</param>
/// <param name="Key">Stable identifier: the gazetteer key for known organisations, a normalised name otherwise.</param>
/// <param name="Kind">"org", "city" or "country".</param>
/// <param name="Country">The country in Vietnamese ("Hoa Kỳ"); null for international bodies.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2; null for international bodies.</param>
/// <param name="Span">The exact text of the mention.</param>
/// <param name="Start">0-based UTF-16 offset of <paramref name="Span"/> in the NFC-normalised text.</param>
public sealed record PartnerFact(string Name, string Key, string Kind, string? Country, string? CountryCode, string Span, int Start);
