using System.Buffers;

namespace Pipeline.Analysis.Partners;

/// <summary>
/// Words of Vietnam's own minority-language place and ethnic names ("Krông", "H'leo", "M'Drắk", "Cư M'gar"): spelled
/// with Vietnamese letters but not as Vietnamese syllables, so spelling alone would take them for foreign names. They
/// carry a letter only Vietnamese writes (đ, ơ, ư, ă, or a tone mark on â, ê, ô) or open with a consonant and an
/// apostrophe; foreign names written in Vietnamese news do neither ("O'Connor" opens with a vowel).
/// </summary>
internal static class HighlandWord
{
    // Vietnamese-only letters in both cases, with every tone mark.
    private static readonly SearchValues<char> VietnameseLetters = SearchValues.Create(
        "đĐơớờởỡợƠỚỜỞỠỢưứừửữựƯỨỪỬỮỰăắằẳẵặĂẮẰẲẴẶấầẩẫậẤẦẨẪẬếềểễệẾỀỂỄỆốồổỗộỐỒỔỖỘ");

    private static readonly SearchValues<char> Vowels = SearchValues.Create("AEIOUYaeiouy");

    /// <summary>Whether <paramref name="word"/> is written as a Vietnamese minority-language word.</summary>
    /// <param name="word">One word.</param>
    /// <returns>True for a Vietnamese-only letter or a consonant-apostrophe opening.</returns>
    public static bool Is(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length > 2 && word[1] is '\'' or '’' && char.IsLetter(word[0]) && !Vowels.Contains(word[0]))
        {
            return true;
        }

        return word.AsSpan().IndexOfAny(VietnameseLetters) >= 0;
    }
}
