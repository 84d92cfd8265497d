using System.Text.RegularExpressions;

namespace Pipeline.Tests.Output.Citations;

/// <summary>
/// A strict reader of RIS as its specification defines it, for the tests: every non-blank line is "TAG  - value"
/// with a tag of an upper-case letter and an upper-case letter or digit; a record starts with TY and ends with ER.
/// Anything else fails the test.
/// </summary>
internal static partial class RisReader
{
    public static IReadOnlyList<RisRecord> Parse(string text)
    {
        var records = new List<RisRecord>();
        Dictionary<string, List<string>>? current = null;
        foreach (var line in text.Split("\r\n"))
        {
            if (line.Length == 0)
            {
                continue;
            }

            Assert.True(TagLine().IsMatch(line), $"not a RIS line: '{line}'");
            var tag = line[..2];
            var value = line[6..];
            if (current is null)
            {
                Assert.True(tag == "TY", $"a record starts with {tag}, not TY");
                current = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }
            else
            {
                Assert.NotEqual("TY", tag);
            }

            if (tag == "ER")
            {
                Assert.Equal(string.Empty, value);
                records.Add(new RisRecord(current));
                current = null;
                continue;
            }

            if (!current.TryGetValue(tag, out var values))
            {
                current[tag] = values = [];
            }

            values.Add(value);
        }

        Assert.True(current is null, "the last record does not end with ER");
        return records;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]  - ", RegexOptions.NonBacktracking)]
    private static partial Regex TagLine();
}
