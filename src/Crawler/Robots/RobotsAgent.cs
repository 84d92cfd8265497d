using System.Text;

namespace Pipeline.Crawler.Robots;

/// <summary>User-agent values and product tokens, read as Google's reference parser reads them.</summary>
internal static class RobotsAgent
{
    /// <summary>The value a group for every crawler is stored under.</summary>
    public const string Global = "*";

    /// <summary>
    /// The product token a user-agent line names: "*" (also "* anything", which people write), else the leading
    /// run of letters, "-" and "_", so "Googlebot/2.1" and "Googlebot Images" both name "Googlebot".
    /// </summary>
    public static string FromLine(string value) =>
        value.StartsWith('*') && (value.Length == 1 || IsSpace(value[1])) ? Global : ProductToken(value);

    /// <summary>Whether a crawler's token is one robots.txt can name: non-empty, letters, "-" and "_" only (RFC 9309 §2.2.1).</summary>
    public static bool IsValidProductToken(string? token) => !string.IsNullOrEmpty(token) && ProductToken(token).Length == token.Length;

    /// <summary>Whether a group's agent (from <see cref="FromLine"/>) names the crawler's <paramref name="productToken"/>; case-insensitive, ASCII only.</summary>
    public static bool Names(string agent, string productToken) => agent != Global && Ascii.EqualsIgnoreCase(agent, productToken);

    private static string ProductToken(string value)
    {
        var end = 0;
        while (end < value.Length && (char.IsAsciiLetter(value[end]) || value[end] is '-' or '_'))
        {
            end++;
        }

        return value[..end];
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';
}
