namespace Pipeline.Analysis.Partners;

/// <summary>
/// The parts of a text that list one side's participants: "Về phía nước bạn Lào có...", "Phía Campuchia có...". Reports
/// of meetings name each side's ministries and departments there without saying whose they are ("Bộ Y tế", "Bộ Tài
/// chính"); inside a foreign side's part they are that country's. A part runs to the end of its paragraph or to the
/// next side's opening.
/// </summary>
internal static class SideSections
{
    private static readonly string[] Openers = ["Về phía ", "về phía ", "Phía "];

    // Words between the opener and the country ("Về phía nước bạn Lào", "Về phía Chính phủ Lào").
    private static readonly string[] Fillers = ["nước bạn ", "bạn ", "nước ", "Chính phủ ", "chính phủ ", "đoàn ", "Đoàn "];

    /// <summary>Each side's part of <paramref name="text"/> with the side's country code ("VN" for Vietnam's own).</summary>
    /// <param name="text">The (tone-normalised) text.</param>
    /// <param name="countryByAlias">Country names and abbreviations to ISO codes.</param>
    /// <returns>The parts in text order.</returns>
    public static List<(int Start, int End, string Code)> Find(string text, IReadOnlyDictionary<string, string> countryByAlias)
    {
        var openings = new List<(int At, string Code)>();
        foreach (var opener in Openers)
        {
            for (var at = text.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = text.IndexOf(opener, at + opener.Length, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(text[at - 1]))
                {
                    continue;
                }

                var from = at + opener.Length;
                foreach (var filler in Fillers)
                {
                    if (string.CompareOrdinal(text, from, filler, 0, filler.Length) == 0)
                    {
                        from += filler.Length;
                        break;
                    }
                }

                if (CountryAt(text, from, countryByAlias) is { } code)
                {
                    openings.Add((at, code));
                }
            }
        }

        openings.Sort((a, b) => a.At.CompareTo(b.At));
        var sections = new List<(int Start, int End, string Code)>();
        for (var i = 0; i < openings.Count; i++)
        {
            var end = text.IndexOf('\n', openings[i].At);
            end = end < 0 ? text.Length : end;
            if (i + 1 < openings.Count && openings[i + 1].At < end)
            {
                end = openings[i + 1].At;
            }

            sections.Add((openings[i].At, end, openings[i].Code));
        }

        return sections;
    }

    /// <summary>The country whose longest name (up to four words) starts at <paramref name="from"/>.</summary>
    private static string? CountryAt(string text, int from, IReadOnlyDictionary<string, string> countryByAlias)
    {
        string? code = null;
        var end = from;
        for (var words = 0; words < 4 && end < text.Length; words++)
        {
            var next = end;
            while (next < text.Length && (char.IsLetter(text[next]) || text[next] == '-'))
            {
                next++;
            }

            if (next == end)
            {
                break;
            }

            if (countryByAlias.TryGetValue(text[from..next], out var found))
            {
                code = found;
            }

            if (next >= text.Length || text[next] != ' ')
            {
                break;
            }

            end = next + 1;
        }

        return code;
    }
}
