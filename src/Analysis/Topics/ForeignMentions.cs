namespace Pipeline.Analysis.Topics;

/// <summary>
/// Words and syllable pairs that name a foreign country, region or international body in lowercase matching form
/// ("lào", "hàn quốc", "unicef"). The featurizer counts them so that a text about a foreign partner reads as
/// cooperation even when the partner extractor finds nobody (an unknown fund, a country inside an association's
/// name). Names that are also common Vietnamese words or given names (Đức, Pháp, Nga, Anh, Ý, Mỹ) count only in
/// pairs that make them a country ("chlb đức", "tại pháp").
/// </summary>
internal static class ForeignMentions
{
    private static readonly HashSet<string> Words = new(
    [
        "lào", "campuchia", "singapore", "myanmar", "israel", "cuba", "luxembourg", "luxemburg", "australia", "úc",
        "canada", "philippines", "indonesia", "malaysia", "brunei", "hungary", "ireland", "mông", "nepal", "mexico",
        "who", "unicef", "unfpa", "undp", "usaid", "jica", "koica", "kofih", "giz", "afd", "kfw", "adb", "gavi", "pepfar",
        "eu", "oecd", "asean", "apec", "fao", "unaids", "path", "chai", "ofid", "wb",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string> Pairs = new(
    [
        "trung quốc", "hàn quốc", "nhật bản", "hoa kỳ", "thái lan", "ả rập", "xê út", "châu âu", "hợp quốc", "vân nam",
        "quảng tây", "ấn độ", "hà lan", "ba lan", "thụy điển", "thụy sĩ", "na uy", "đan mạch",
        "phần lan", "tây ban", "bồ đào", "vương quốc", "new zealand", "chlb đức", "nước đức", "tại đức", "sang đức",
        "phủ đức", "hòa pháp", "nước pháp", "tại pháp", "sang pháp", "phủ pháp", "liên bang", "nước nga",
        "tại nga", "sang nga", "nước anh", "tại anh", "sang anh", "hoàng gia", "nước mỹ", "tại mỹ", "sang mỹ",
        "nước bạn", "đại sứ", "lãnh sự", "quỹ toàn", "đài loan", "hồng kông", "bỉ và",
        "ai cập", "nam phi", "thổ nhĩ",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PairLookup = Pairs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstLookup =
        Pairs.Select(p => p[..p.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a lowercase token names a foreign country or body by itself.</summary>
    /// <param name="token">The token in matching form.</param>
    /// <returns>True for a name.</returns>
    public static bool IsWord(ReadOnlySpan<char> token) => WordLookup.Contains(token);

    /// <summary>Whether two consecutive lowercase tokens name a foreign country or body.</summary>
    /// <param name="first">The first token.</param>
    /// <param name="second">The next token.</param>
    /// <returns>True for a name.</returns>
    public static bool IsPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (!FirstLookup.Contains(first) || first.Length + second.Length > 62)
        {
            return false;
        }

        Span<char> pair = stackalloc char[first.Length + 1 + second.Length];
        first.CopyTo(pair);
        pair[first.Length] = ' ';
        second.CopyTo(pair[(first.Length + 1)..]);
        return PairLookup.Contains(pair);
    }
}
