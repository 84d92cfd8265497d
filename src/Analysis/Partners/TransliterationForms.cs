using Pipeline.Text;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// The spellings news use for one transliterated place name: Lao, Khmer, Thai and Burmese names come syllable by
/// syllable, and outlets join the syllables with hyphens ("Xay-nhạ-bu-ly"), spaces ("Xay Nhạ Bu Ly") or nothing
/// ("Xaynhạbuly"), whichever form a gazetteer lists. Only names made of Vietnamese-spelled syllables vary so; a
/// romanised name ("Savannakhet") or one with an administrative word ("thành phố X") is left as it is.
/// </summary>
internal static class TransliterationForms
{
    private static readonly char[] Separators = [' ', '-'];

    /// <summary>The other spellings of <paramref name="alias"/>, not including it.</summary>
    /// <param name="alias">A place name as a gazetteer lists it.</param>
    /// <returns>The hyphenated form (first syllable capitalised), the spaced form (every syllable capitalised) and the joined form.</returns>
    public static IEnumerable<string> Of(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        // A lowercase word after a space is an administrative one ("Thủ đô Viêng Chăn"): the name proper is listed too.
        if (alias.Split(' ').Any(w => w.Length == 0 || !char.IsUpper(w[0])))
        {
            yield break;
        }

        var syllables = alias.Split(Separators);
        if (syllables.Length < 2 || syllables.Length > 6 || !char.IsUpper(alias[0]) || !syllables.All(IsSyllable))
        {
            yield break;
        }

        var spaced = string.Join(' ', syllables.Select(Capitalise));
        var hyphenated = syllables[0] + string.Concat(syllables.Skip(1).Select(s => "-" + char.ToLowerInvariant(s[0]) + s[1..]));
        var joined = syllables[0] + string.Concat(syllables.Skip(1).Select(s => char.ToLowerInvariant(s[0]) + s[1..]));
        foreach (var form in new[] { hyphenated, spaced, joined }.Distinct(StringComparer.Ordinal))
        {
            if (form != alias)
            {
                yield return form;
            }
        }
    }

    private static bool IsSyllable(string part) => part.Length > 0 && char.IsLetter(part[0]) && VietnameseSyllable.IsSyllable(part.ToLowerInvariant());

    private static string Capitalise(string part) => char.ToUpperInvariant(part[0]) + part[1..];
}
