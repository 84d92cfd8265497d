using System.Text;

namespace Pipeline.Crawler.Robots;

/// <summary>
/// Pattern escaping and matching as in Google's reference parser: octets outside ASCII are percent-encoded,
/// existing escapes get upper-case hex digits and are otherwise left alone (an escaped unreserved character
/// such as "%62" is not decoded), and matching is octet by octet.
/// </summary>
internal static class RobotsPattern
{
    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>Escapes the UTF-8 form of <paramref name="text"/>; see <see cref="Escape(ReadOnlySpan{byte})"/>.</summary>
    public static string Escape(string text) => Escape(Encoding.UTF8.GetBytes(text));

    /// <summary>"/SanJoséSellers" to "/SanJos%C3%A9Sellers", "%aa" to "%AA"; everything else as is.</summary>
    public static string Escape(ReadOnlySpan<byte> value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            if (b == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                builder.Append('%').Append(char.ToUpperInvariant((char)value[i + 1])).Append(char.ToUpperInvariant((char)value[i + 2]));
                i += 2;
            }
            else if (b >= 0x80)
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
            else
            {
                builder.Append((char)b);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="pattern"/> matches a prefix of <paramref name="path"/> (all of it when the pattern
    /// ends in "$"; a "$" elsewhere is literal). A greedy "*" with one resume point keeps the worst case at
    /// pattern × path steps, with no backtracking blow-up.
    /// </summary>
    public static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern.AsSpan(0, pattern.Length - 1) : pattern.AsSpan();
        int pi = 0, si = 0, starP = -1, starS = 0;
        while (si < path.Length)
        {
            if (pi < p.Length && p[pi] == '*')
            {
                starP = pi++;
                starS = si;
            }
            else if (pi < p.Length && p[pi] == path[si])
            {
                pi++;
                si++;
            }
            else if (pi == p.Length && !anchored)
            {
                return true;
            }
            else if (starP >= 0)
            {
                pi = starP + 1;
                si = ++starS;
            }
            else
            {
                return false;
            }
        }

        while (pi < p.Length && p[pi] == '*')
        {
            pi++;
        }

        return pi == p.Length;
    }

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);
}
