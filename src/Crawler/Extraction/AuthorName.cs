namespace Pipeline.Crawler.Extraction;

/// <summary>Cleans a byline into the author's name.</summary>
internal static class AuthorName
{
    /// <summary>
    /// Drops the outlet or agency that bylines append after a slash ("Thu Hà/VOV.VN", "Minh Anh/TTXVN"): a domain
    /// or an all-capitals acronym. A slash between two names ("Thu Hà/Minh Anh") stays.
    /// </summary>
    /// <param name="name">The byline text.</param>
    /// <returns>The name, trimmed.</returns>
    public static string Clean(string name)
    {
        var text = name.Trim();
        var slash = text.LastIndexOf('/');
        if (slash <= 0)
        {
            return text;
        }

        var tail = text.AsSpan(slash + 1).Trim();
        var outlet = tail.Length > 0 && !tail.Contains(' ') && (tail.Contains('.') || IsAcronym(tail));
        return outlet ? text[..slash].TrimEnd() : text;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
