namespace Pipeline.Analysis.Partners;

/// <summary>Whose an institution is.</summary>
/// <param name="IsForeign">True for a foreign or international institution (a partner), false for a Vietnamese one (a party).</param>
/// <param name="CountryCode">Its country (ISO 3166-1 alpha-2); null for international bodies or when the country is not said.</param>
internal sealed record Ownership(bool IsForeign, string? CountryCode)
{
    /// <summary>A Vietnamese institution.</summary>
    public static Ownership Vietnamese { get; } = new(false, "VN");
}
