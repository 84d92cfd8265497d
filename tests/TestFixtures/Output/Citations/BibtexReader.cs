namespace Pipeline.Tests.Output.Citations;

/// <summary>
/// A strict reader of the BibTeX this program writes, for the tests: <c>@type{key, name = {value}, …}</c>, braces
/// counted as BibTeX counts them (a backslash does not hide one), so an unbalanced field fails the test.
/// </summary>
internal static class BibtexReader
{
    public static IReadOnlyList<BibtexEntry> Parse(string text)
    {
        var entries = new List<BibtexEntry>();
        var at = 0;
        while ((at = text.IndexOf('@', at)) >= 0)
        {
            var open = text.IndexOf('{', at);
            var comma = text.IndexOf(',', open);
            Assert.True(open > at && comma > open, "an entry without type or key");
            var type = text[(at + 1)..open];
            var key = text[(open + 1)..comma];
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            var i = comma + 1;
            while (true)
            {
                i = SkipSpace(text, i);
                Assert.True(i < text.Length, $"entry {key} does not end");
                if (text[i] == '}')
                {
                    i++;
                    break;
                }

                var equals = text.IndexOf('=', i);
                Assert.True(equals > i, $"a field of {key} has no '='");
                var name = text[i..equals].Trim();
                i = SkipSpace(text, equals + 1);
                Assert.Equal('{', text[i]);
                var (value, end) = Braced(text, i);
                Assert.False(fields.ContainsKey(name), $"{key} has {name} twice");
                fields[name] = value;
                i = SkipSpace(text, end);
                if (text[i] == ',')
                {
                    i++;
                }
            }

            entries.Add(new BibtexEntry(type, key, fields));
            at = i;
        }

        return entries;
    }

    private static (string Value, int End) Braced(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return (text[(open + 1)..i], i + 1);
            }
        }

        Assert.Fail("a field's braces are not balanced");
        return default;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
