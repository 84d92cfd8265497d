using System.Globalization;

namespace Pipeline.Analysis.Counts;

/// <summary>
/// Reads the numbers of a text left to right: digits with "." thousands and "," decimals ("46.000", "1,5"), number
/// words ("chín", "hai mươi", "nửa"), each optionally followed by multipliers ("nghìn", "triệu", "tỷ", "nghìn tỷ",
/// "rưỡi"). Every character is visited a bounded number of times, so the scan is linear in the text.
/// </summary>
internal static class NumberReader
{
    private const int MaxDigits = 28;

    private static readonly Dictionary<string, int> UnitWords = CaseVariants.Dictionary(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6, ["bảy"] = 7, ["tám"] = 8, ["chín"] = 9,
    });

    // Units spelled differently after a ten: "hai mươi mốt", "ba mươi tư", "mười lăm".
    private static readonly Dictionary<string, int> AfterTenWords = CaseVariants.Dictionary(new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["mốt"] = 1, ["tư"] = 4, ["lăm"] = 5, ["nhăm"] = 5,
    });

    private static readonly Dictionary<string, decimal> Multipliers = CaseVariants.Dictionary(new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["nghìn"] = 1_000m, ["ngàn"] = 1_000m, ["triệu"] = 1_000_000m, ["tỷ"] = 1_000_000_000m, ["tỉ"] = 1_000_000_000m,
    });

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Units = UnitWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> AfterTen = AfterTenWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Scales = Multipliers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>All numbers of <paramref name="text"/> that stand on their own (not inside codes, times, versions or words).</summary>
    public static IEnumerable<ScannedNumber> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = DigitRunEnd(text, i);
                if (Range(text, i, end) is { } range)
                {
                    yield return range;
                    i = range.End;
                    continue;
                }

                if (Standalone(text, i, end) && (EnglishGrouped(text, i, end) ?? ParseDigits(text.AsSpan(i, end - i))) is { } value)
                {
                    if (WithMultipliers(text, i, end, value, spelled: false) is { } number)
                    {
                        yield return number;
                    }
                }

                i = end;
            }
            else if (char.IsLetter(c))
            {
                var end = CountText.WordEnd(text, i);
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && Spelled(text, i, end) is { } number)
                {
                    yield return number;
                    end = number.End;
                }

                i = Math.Max(end, i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>
    /// "20-30 trẻ em": a range of whole numbers before a word counts at its lower end, as an approximate amount. A range
    /// glued to letters or followed by "/" is a code or a date, not an amount.
    /// </summary>
    private static ScannedNumber? Range(string text, int start, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('-' or '–') || !char.IsAsciiDigit(text[end + 1]) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '.' or ',')))
        {
            return null;
        }

        var secondEnd = DigitRunEnd(text, end + 1);
        if (secondEnd + 1 >= text.Length || text[secondEnd] != ' ' || !char.IsLetter(text[secondEnd + 1])
            || ParseDigits(text.AsSpan(start, end - start)) is not { } low || ParseDigits(text.AsSpan(end + 1, secondEnd - end - 1)) is not { } high
            || low <= 0 || high <= low || low != decimal.Truncate(low))
        {
            return null;
        }

        return WithMultipliers(text, start, secondEnd, low, spelled: false) is { } number ? number with { Range = true } : null;
    }

    /// <summary>Digits with "." or "," between them: "46.000", "1,5", and also "1.1.1.1" or "15.3", which are not counts.</summary>
    private static int DigitRunEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>A number glued to letters, codes, times or ranges ("H5N1", "COVID-19", "21:31", "5km", "95%", "2025-2030") belongs to something else.</summary>
    private static bool Standalone(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        return !(char.IsLetterOrDigit(before) || before is '-' or '/' or ':' or '#' or '.' or ',' or '+' or '_' or '–'
            || char.IsLetterOrDigit(after) || after is ':' or '/' or '-' or '%' or '+' or '_' or '–' or '°');
    }

    /// <summary>
    /// "120,000" or "4,172 bác sĩ": commas between groups of three, as English writes thousands, where no multiplier follows.
    /// A Vietnamese decimal comma before a count noun would count fractions of people or things; before "tỷ" or "triệu"
    /// ("2,125 tỷ") it is a decimal. Null when the token is not grouped this way.
    /// </summary>
    private static decimal? EnglishGrouped(string text, int start, int end)
    {
        var token = text.AsSpan(start, end - start);
        var first = token.IndexOf(',');
        if (first is < 1 or > 3 || token.Length > MaxDigits || token.Contains('.') || (end - start - first) % 4 != 0)
        {
            return null;
        }

        for (var at = first; at < token.Length; at += 4)
        {
            if (token[at] != ',' || !char.IsAsciiDigit(token[at + 1]) || !char.IsAsciiDigit(token[at + 2]) || !char.IsAsciiDigit(token[at + 3]))
            {
                return null;
            }
        }

        var (wordStart, wordEnd) = CountText.WordAfter(text, end);
        if (wordEnd > wordStart && Scales.ContainsKey(text.AsSpan(wordStart, wordEnd - wordStart)))
        {
            return null;
        }

        Span<char> digits = stackalloc char[token.Length];
        var length = 0;
        foreach (var c in token)
        {
            if (c != ',')
            {
                digits[length++] = c;
            }
        }

        return decimal.Parse(digits[..length], NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>"46.000" (groups of three after the first), "1,5" (decimals), "120,5"; anything else is not a quantity.</summary>
    private static decimal? ParseDigits(ReadOnlySpan<char> token)
    {
        var comma = token.IndexOf(',');
        var whole = comma < 0 ? token : token[..comma];
        var fraction = comma < 0 ? [] : token[(comma + 1)..];
        if (fraction.ContainsAny('.', ',') || whole.Length > MaxDigits)
        {
            return null;
        }

        Span<char> digits = stackalloc char[MaxDigits + 1];
        var length = 0;
        var group = 0;
        var dotted = false;
        foreach (var c in whole)
        {
            if (c == '.')
            {
                if ((dotted ? group != 3 : group is 0 or > 3))
                {
                    return null;
                }

                dotted = true;
                group = 0;
                continue;
            }

            digits[length++] = c;
            group++;
        }

        if (dotted && group != 3)
        {
            return null;
        }

        var number = fraction.IsEmpty ? new string(digits[..length]) : string.Concat(digits[..length], ".", fraction);
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A number in words: "chín", "mười lăm", "hai mươi", "ba trăm", "nửa triệu"; single ambiguous words need a multiplier.</summary>
    private static ScannedNumber? Spelled(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Equals("nửa", StringComparison.OrdinalIgnoreCase))
        {
            return WithMultipliers(text, start, end, 0.5m, spelled: true) is { Multiplied: true } half ? half : null;
        }

        // "chục" alone is ten only after a qualifier ("hơn chục triệu"); after "hàng", "vài" or "mấy" it is vague.
        var ten = word.Equals("chục", StringComparison.OrdinalIgnoreCase);
        if (!Units.ContainsKey(word) && !word.Equals("mười", StringComparison.OrdinalIgnoreCase) && !(ten && CountQualifier.Before(text, start).Approx != "exact"))
        {
            return null;
        }

        decimal total = 0;
        var pending = 0;
        var afterTen = false;
        var words = 0;
        var last = end;
        var position = start;
        while (true)
        {
            var current = text.AsSpan(position, CountText.WordEnd(text, position) - position);
            if (Units.TryGetValue(current, out var unit) && pending == 0)
            {
                pending = unit;
            }
            else if (afterTen && AfterTen.TryGetValue(current, out var late))
            {
                pending = late;
            }
            else if (current.Equals("mười", StringComparison.OrdinalIgnoreCase) && pending == 0)
            {
                total += 10;
                afterTen = true;
            }
            else if (current.Equals("chục", StringComparison.OrdinalIgnoreCase) && pending == 0 && total == 0)
            {
                // "hơn chục triệu": a ten on its own, after a qualifier.
                total += 10;
                afterTen = true;
            }
            else if ((current.Equals("mươi", StringComparison.OrdinalIgnoreCase) || current.Equals("chục", StringComparison.OrdinalIgnoreCase)) && pending > 0)
            {
                total += pending * 10;
                pending = 0;
                afterTen = true;
            }
            else if (current.Equals("trăm", StringComparison.OrdinalIgnoreCase) && pending > 0 && total == 0)
            {
                total += pending * 100;
                pending = 0;
            }
            else if (current is "linh" or "lẻ" && total >= 100 && pending == 0)
            {
                // "một trăm linh năm": the unit follows.
            }
            else
            {
                break;
            }

            words++;
            last = position + current.Length;
            var next = last + 1;
            if (next >= text.Length || text[last] != ' ' || !char.IsLetter(text[next]) || (afterTen && pending > 0))
            {
                break;
            }

            position = next;
        }

        var value = total + pending;
        var single = words == 1 && (word.Equals("một", StringComparison.OrdinalIgnoreCase) || word.Equals("năm", StringComparison.OrdinalIgnoreCase));
        var number = WithMultipliers(text, start, last, value, spelled: true);
        return number is null || (single && !number.Multiplied) ? null : number;
    }

    /// <summary>Applies "nghìn", "triệu", "tỷ" (and "nghìn tỷ", "triệu rưỡi") that follow the number on the same line.</summary>
    private static ScannedNumber? WithMultipliers(string text, int start, int end, decimal value, bool spelled)
    {
        var multiplied = false;
        decimal scale = 1;
        var position = end;
        for (var steps = 0; steps < 3; steps++)
        {
            var (wordStart, wordEnd) = CountText.WordAfter(text, position);
            if (wordStart == position || wordEnd == wordStart)
            {
                break;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (Scales.TryGetValue(word, out var factor))
            {
                scale *= factor;
                multiplied = true;
            }
            else if (multiplied && word.Equals("rưỡi", StringComparison.OrdinalIgnoreCase))
            {
                value += 0.5m;
            }
            else
            {
                break;
            }

            end = position = wordEnd;
        }

        if (value <= 0 || value > decimal.MaxValue / scale)
        {
            return null;
        }

        var total = value * scale;
        return new ScannedNumber(start, end, total == decimal.Truncate(total) ? decimal.Truncate(total) : total, spelled, multiplied);
    }
}
