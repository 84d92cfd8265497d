namespace Pipeline.Crawler.Tests.Robots;

/// <summary>
/// The allow/disallow cases of Google's reference parser suite (google/robotstxt, robots_test.cc) that test
/// Google's own leniencies and documentation (its "GoogleOnly_" tests): one row per assertion, as robots.txt
/// body, user agent, URL and whether Google's matcher allows the URL, grouped under the upstream test names.
/// Bodies and URLs are the suite's data.
/// </summary>
internal static class RobotsGoogleOnlyCases
{
    /// <summary>Google's line buffer: 8 × 2083 bytes, the last one for its terminator.</summary>
    private const int LineBuffer = 2083 * 8;

    public static TheoryData<string, string, string, bool> Rows()
    {
        var data = new TheoryData<string, string, string, bool>();

        // GoogleOnly_SystemTest
        const string fooBotDisallowAll = "user-agent: FooBot\ndisallow: /\n";
        data.Add(string.Empty, "FooBot", string.Empty, true);
        data.Add(fooBotDisallowAll, string.Empty, string.Empty, true);
        data.Add(fooBotDisallowAll, "FooBot", string.Empty, false);
        data.Add(string.Empty, string.Empty, string.Empty, true);

        // GoogleOnly_AcceptUserAgentUpToFirstSpace
        const string spaceInAgent = "User-Agent: *\nDisallow: /\nUser-Agent: Foo Bar\nAllow: /x/\nDisallow: /\n";
        data.Add(spaceInAgent, "Foo", "http://foo.bar/x/y", true);
        data.Add(spaceInAgent, "Foo Bar", "http://foo.bar/x/y", false);

        // GoogleOnly_IndexHTMLisDirectory
        const string index = "User-Agent: *\nAllow: /allowed-slash/index.html\nDisallow: /\n";
        data.Add(index, "foobot", "http://foo.com/allowed-slash/", true);
        data.Add(index, "foobot", "http://foo.com/allowed-slash/index.htm", false);
        data.Add(index, "foobot", "http://foo.com/allowed-slash/index.html", true);
        data.Add(index, "foobot", "http://foo.com/anyother-url", false);

        AddLineTooLong(data);
        AddDocumentationChecks(data);
        return data;
    }

    // GoogleOnly_LineTooLong: a line is cut after LineBuffer - 1 bytes, and the cut rule still applies.
    private static void AddLineTooLong(TheoryData<string, string, string, bool> data)
    {
        // Sizes as upstream computes them: the cut falls just after the "/" of the "/qux" that follows.
        var longDisallow = Long('a', LineBuffer - "/x/".Length - "disallow: ".Length + "\n".Length);
        var cutDisallow = "user-agent: FooBot\ndisallow: " + longDisallow + "/qux\n";
        data.Add(cutDisallow, "FooBot", "http://foo.bar/fux", true);
        data.Add(cutDisallow, "FooBot", "http://foo.bar" + longDisallow + "/fux", false);

        var size = LineBuffer - "/x/".Length - "allow: ".Length + "\n".Length;
        var (longA, longB) = (Long('a', size), Long('b', size));
        var cutAllows = "user-agent: FooBot\ndisallow: /\nallow: " + longA + "/qux\nallow: " + longB + "/qux\n";
        data.Add(cutAllows, "FooBot", "http://foo.bar/", false);
        data.Add(cutAllows, "FooBot", "http://foo.bar" + longA + "/qux", true);
        data.Add(cutAllows, "FooBot", "http://foo.bar" + longB + "/fux", true);

        static string Long(char filler, int size) => "/x/" + new string(filler, size - "/x/".Length);
    }

    // GoogleOnly_DocumentationChecks
    private static void AddDocumentationChecks(TheoryData<string, string, string, bool> data)
    {
        void Add(string rules, string path, bool allowed) => data.Add("user-agent: FooBot\n" + rules, "FooBot", "http://foo.bar" + path, allowed);

        const string fish = "disallow: /\nallow: /fish\n";
        Add(fish, "/bar", false);
        Add(fish, "/fish", true);
        Add(fish, "/fish.html", true);
        Add(fish, "/fish/salmon.html", true);
        Add(fish, "/fishheads", true);
        Add(fish, "/fishheads/yummy.html", true);
        Add(fish, "/fish.html?id=anything", true);
        Add(fish, "/Fish.asp", false);
        Add(fish, "/catfish", false);
        Add(fish, "/?id=fish", false);

        const string fishStar = "disallow: /\nallow: /fish*\n";
        Add(fishStar, "/bar", false);
        Add(fishStar, "/fish", true);
        Add(fishStar, "/fish.html", true);
        Add(fishStar, "/fish/salmon.html", true);
        Add(fishStar, "/fishheads", true);
        Add(fishStar, "/fishheads/yummy.html", true);
        Add(fishStar, "/fish.html?id=anything", true);
        Add(fishStar, "/Fish.bar", false);
        Add(fishStar, "/catfish", false);
        Add(fishStar, "/?id=fish", false);

        const string fishSlash = "disallow: /\nallow: /fish/\n";
        Add(fishSlash, "/bar", false);
        Add(fishSlash, "/fish/", true);
        Add(fishSlash, "/fish/salmon", true);
        Add(fishSlash, "/fish/?salmon", true);
        Add(fishSlash, "/fish/salmon.html", true);
        Add(fishSlash, "/fish/?id=anything", true);
        Add(fishSlash, "/fish", false);
        Add(fishSlash, "/fish.html", false);
        Add(fishSlash, "/Fish/Salmon.html", false);

        const string php = "disallow: /\nallow: /*.php\n";
        Add(php, "/bar", false);
        Add(php, "/filename.php", true);
        Add(php, "/folder/filename.php", true);
        Add(php, "/folder/filename.php?parameters", true);
        Add(php, "//folder/any.php.file.html", true);
        Add(php, "/filename.php/", true);
        Add(php, "/index?f=filename.php/", true);
        Add(php, "/php/", false);
        Add(php, "/index?php", false);
        Add(php, "/windows.PHP", false);

        const string phpEnd = "disallow: /\nallow: /*.php$\n";
        Add(phpEnd, "/bar", false);
        Add(phpEnd, "/filename.php", true);
        Add(phpEnd, "/folder/filename.php", true);
        Add(phpEnd, "/filename.php?parameters", false);
        Add(phpEnd, "/filename.php/", false);
        Add(phpEnd, "/filename.php5", false);
        Add(phpEnd, "/php/", false);
        Add(phpEnd, "/filename?php", false);
        Add(phpEnd, "/aaaphpaaa", false);
        Add(phpEnd, "//windows.PHP", false);

        const string fishPhp = "disallow: /\nallow: /fish*.php\n";
        Add(fishPhp, "/bar", false);
        Add(fishPhp, "/fish.php", true);
        Add(fishPhp, "/fishheads/catfish.php?parameters", true);
        Add(fishPhp, "/Fish.PHP", false);

        // Section "Order of precedence for group-member records".
        data.Add("user-agent: FooBot\nallow: /p\ndisallow: /\n", "FooBot", "http://example.com/page", true);
        data.Add("user-agent: FooBot\nallow: /folder\ndisallow: /folder\n", "FooBot", "http://example.com/folder/page", true);
        data.Add("user-agent: FooBot\nallow: /page\ndisallow: /*.htm\n", "FooBot", "http://example.com/page.htm", false);
        data.Add("user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot", "http://example.com/", true);
        data.Add("user-agent: FooBot\nallow: /$\ndisallow: /\n", "FooBot", "http://example.com/page.html", false);
    }
}
