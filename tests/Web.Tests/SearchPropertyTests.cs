using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Querying;

namespace Pipeline.Tests.Web;

/// <summary>
/// Issue #27, property tests: search never answers 5xx, whatever the query string. FsCheck generates arbitrary
/// strings (any UTF-16, lone surrogates included), raw percent-escaped bytes (invalid UTF-8 among them), calendar-like
/// and number-like values and repeated parameters for every parameter of the search page, the API and the feed, and
/// sends them to the real app on 127.0.0.1.
/// </summary>
[Collection(WebTests.Name)]
public sealed class SearchPropertyTests(WebFixture fixture)
{
    private const int Cases = 300;

    private static readonly string[] Paths = ["/", "/api/search", "/feeds/search"];

    // Free text: any value up to the length limits is a valid search, so arbitrary strings reach the searcher.
    private static readonly string[] FreeText = ["q", "topic", "partner", "country", "outlet"];

    private static readonly string[] Words =
    [
        "relevance", "date", "jica", "JP", "training-capacity", "hợp tác", "\"", "\"unclosed", "AND", "OR NOT", "*", "?", "a*", "~2", "(", ")",
        "\\", "/", ":", "title:y", "[a TO z]", "{a TO z}", "^", "+-", "&&", "||", "!", "0", "-1", "1e3", "2147483648", "99999999999999999999",
        "0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "1900-01-01", "2100-12-31", "2025-02-29", "2024-02-29", "\u0000", "\uFEFF", "Ð",
    ];

    [Fact]
    public async Task Search_AnyQueryStringOrParameterValue_NeverAnswers5xx()
    {
        var answered = 0;
        var searched = 0;
        var property = Prop.ForAll(Arb.From(Requests()), async (string path) =>
        {
            using var response = await fixture.Client.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false);
            Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
            Interlocked.Increment(ref answered);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref searched);
            }
        });
        var config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(new Replay(new Rnd(27UL), null));

        // FsCheck waits on each case's task itself; off the test's synchronization context, that wait cannot deadlock.
        await Task.Run(() => Check.One(config, property));

        Assert.Equal(Cases, answered);
        // Not every case may stop at validation: enough of them must reach the searcher for the property to mean something.
        Assert.True(searched >= Cases / 4, $"only {searched} of {Cases} cases ran a search");
    }

    /// <summary>Half the cases anything at all; half well-formed but for free text, so that arbitrary strings reach the searcher.</summary>
    private static Gen<string> Requests() => Gen.OneOf(Anything(), FreeTextOnly());

    /// <summary>A path with a query string of generated parameters, each absent, once or twice, plus now and then one the app does not know.</summary>
    private static Gen<string> Anything() =>
        from path in Gen.Elements(Paths)
        from free in Gen.CollectToList(FreeText.Select(name => Occurrences(name, ArbitraryText())))
        from first in Occurrences("from", DayLike().Select(Escaped))
        from last in Occurrences("to", DayLike().Select(Escaped))
        from sort in Occurrences("sort", Gen.Elements("relevance", "date"))
        from page in Occurrences("page", Gen.Choose(1, 100).Select(Number))
        from limit in Occurrences("limit", Gen.Choose(1, 100).Select(Number))
        from stranger in Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Value().Select(v => "&" + Escaped("x" + v) + "=" + v)))
        select path + "?" + string.Concat(free) + first + last + sort + page + limit + stranger;

    /// <summary>Arbitrary free text (q, topic, partner, country, outlet), each at most once; valid dates, sort, page and limit.</summary>
    private static Gen<string> FreeTextOnly() =>
        from path in Gen.Elements(Paths)
        from free in Gen.CollectToList(FreeText.Select(name => Gen.Frequency((1, Gen.Constant(string.Empty)), (2, ArbitraryText().Select(v => $"&{name}={v}")))))
        from days in Gen.Choose(QueryDays.First.DayNumber, QueryDays.Last.DayNumber).Two()
        from dated in ArbMap.Default.GeneratorFor<bool>()
        from sort in Gen.Elements("relevance", "date")
        select path + "?" + string.Concat(free) + (dated ? $"&from={Day(Math.Min(days.Item1, days.Item2))}&to={Day(Math.Max(days.Item1, days.Item2))}" : string.Empty) + "&sort=" + sort;

    private static Gen<string> ArbitraryText() => ArbMap.Default.GeneratorFor<string>().Select(v => Escaped(v ?? string.Empty));

    private static string Day(int dayNumber) => QueryDays.Format(DateOnly.FromDayNumber(dayNumber));

    /// <summary>A parameter absent, with a plausible value, with any value, or twice (which is refused).</summary>
    private static Gen<string> Occurrences(string name, Gen<string> plausible) =>
        Gen.Frequency(
            (6, Gen.Constant(string.Empty)),
            (8, plausible.Select(v => $"&{name}={v}")),
            (1, Value().Select(v => $"&{name}={v}")),
            (1, Value().Two().Select(v => $"&{name}={v.Item1}&{name}={v.Item2}")));

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A percent-encoded value.</summary>
    private static Gen<string> Value() =>
        Gen.Frequency(
            (4, ArbMap.Default.GeneratorFor<string>().Select(s => Escaped(s ?? string.Empty))),
            (2, Gen.Elements(Words).Select(Escaped)),
            (2, DayLike().Select(Escaped)),
            (1, ArbMap.Default.GeneratorFor<long>().Select(n => Escaped(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            (1, Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()).Select(EscapedBytes)),
            (1, Gen.Choose(400, 1200).Select(n => Escaped(string.Concat(Enumerable.Repeat("ỹ ", n / 2))))));

    /// <summary>Things that look like yyyy-MM-dd: mostly real days of the window, then any year, month and day.</summary>
    private static Gen<string> DayLike() =>
        from year in Gen.Frequency((3, Gen.Choose(1900, 2100)), (1, Gen.Choose(0, 12000)))
        from month in Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(0, 13)))
        from day in Gen.Frequency((3, Gen.Choose(1, 28)), (1, Gen.Choose(0, 32)))
        select string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");

    // Lone surrogates become U+FFFD here, as any client's UTF-8 encoder makes them.
    private static string Escaped(string value) => EscapedBytes(Encoding.UTF8.GetBytes(value));

    private static string EscapedBytes(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
