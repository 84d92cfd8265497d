namespace Pipeline.Crawler.Tests.Robots;

/// <summary>
/// The allow/disallow cases of Google's reference parser suite (google/robotstxt, robots_test.cc) that test
/// RFC 9309 itself (its "ID_" tests): one row per assertion, as robots.txt body, user agent, URL and whether
/// Google's matcher allows the URL. A comment names the upstream test each group of rows comes from, in the
/// upstream order. Bodies and URLs are the suite's data.
/// </summary>
internal static class RobotsProtocolCases
{
    private const string FooBotDisallowAll = "user-agent: FooBot\ndisallow: /\n";

    public static TheoryData<string, string, string, bool> Rows()
    {
        var data = new TheoryData<string, string, string, bool>();

        // ID_LineSyntax_Line
        data.Add(FooBotDisallowAll, "FooBot", "http://foo.bar/x/y", false);
        data.Add("foo: FooBot\nbar: /\n", "FooBot", "http://foo.bar/x/y", true);
        data.Add("user-agent FooBot\ndisallow /\n", "FooBot", "http://foo.bar/x/y", false);

        // ID_LineSyntax_Groups
        const string groups = "allow: /foo/bar/\n\nuser-agent: FooBot\ndisallow: /\nallow: /x/\nuser-agent: BarBot\ndisallow: /\nallow: /y/\n\n\n"
            + "allow: /w/\nuser-agent: BazBot\n\nuser-agent: FooBot\nallow: /z/\ndisallow: /\n";
        data.Add(groups, "FooBot", "http://foo.bar/x/b", true);
        data.Add(groups, "FooBot", "http://foo.bar/z/d", true);
        data.Add(groups, "FooBot", "http://foo.bar/y/c", false);
        data.Add(groups, "BarBot", "http://foo.bar/y/c", true);
        data.Add(groups, "BarBot", "http://foo.bar/w/a", true);
        data.Add(groups, "BarBot", "http://foo.bar/z/d", false);
        data.Add(groups, "BazBot", "http://foo.bar/z/d", true);
        data.Add(groups, "FooBot", "http://foo.bar/foo/bar/", false);
        data.Add(groups, "BarBot", "http://foo.bar/foo/bar/", false);
        data.Add(groups, "BazBot", "http://foo.bar/foo/bar/", false);

        // ID_LineSyntax_Groups_OtherRules
        const string sitemapInGroup = "User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n";
        const string unknownInGroup = "User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n";
        data.Add(sitemapInGroup, "FooBot", "http://foo.bar/", false);
        data.Add(sitemapInGroup, "BarBot", "http://foo.bar/", false);
        data.Add(unknownInGroup, "FooBot", "http://foo.bar/", false);
        data.Add(unknownInGroup, "BarBot", "http://foo.bar/", false);

        // ID_REPLineNamesCaseInsensitive
        string[] keyCases = ["USER-AGENT: FooBot\nALLOW: /x/\nDISALLOW: /\n", "user-agent: FooBot\nallow: /x/\ndisallow: /\n", "uSeR-aGeNt: FooBot\nAlLoW: /x/\ndIsAlLoW: /\n"];
        foreach (var robots in keyCases)
        {
            data.Add(robots, "FooBot", "http://foo.bar/x/y", true);
        }

        foreach (var robots in keyCases)
        {
            data.Add(robots, "FooBot", "http://foo.bar/a/b", false);
        }

        // ID_UserAgentValueCaseInsensitive
        string[] agentCases = ["User-Agent: FOO BAR\nAllow: /x/\nDisallow: /\n", "User-Agent: foo bar\nAllow: /x/\nDisallow: /\n", "User-Agent: FoO bAr\nAllow: /x/\nDisallow: /\n"];
        foreach (var agent in new[] { "Foo", "foo" })
        {
            foreach (var robots in agentCases)
            {
                data.Add(robots, agent, "http://foo.bar/x/y", true);
            }

            foreach (var robots in agentCases)
            {
                data.Add(robots, agent, "http://foo.bar/a/b", false);
            }
        }

        // ID_GlobalGroups_Secondary
        const string global = "user-agent: *\nallow: /\nuser-agent: FooBot\ndisallow: /\n";
        const string onlySpecific = "user-agent: FooBot\nallow: /\nuser-agent: BarBot\ndisallow: /\nuser-agent: BazBot\ndisallow: /\n";
        data.Add(string.Empty, "FooBot", "http://foo.bar/x/y", true);
        data.Add(global, "FooBot", "http://foo.bar/x/y", false);
        data.Add(global, "BarBot", "http://foo.bar/x/y", true);
        data.Add(onlySpecific, "QuxBot", "http://foo.bar/x/y", true);

        // ID_AllowDisallow_Value_CaseSensitive
        data.Add("user-agent: FooBot\ndisallow: /x/\n", "FooBot", "http://foo.bar/x/y", false);
        data.Add("user-agent: FooBot\ndisallow: /X/\n", "FooBot", "http://foo.bar/x/y", true);

        // ID_LongestMatch
        const string page = "http://foo.bar/x/page.html";
        data.Add("user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/\n", "FooBot", page, false);
        data.Add("user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", page, true);
        data.Add("user-agent: FooBot\nallow: /x/page.html\ndisallow: /x/\n", "FooBot", "http://foo.bar/x/", false);
        data.Add("user-agent: FooBot\ndisallow: \nallow: \n", "FooBot", page, true);
        data.Add("user-agent: FooBot\ndisallow: /\nallow: /\n", "FooBot", page, true);
        data.Add("user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x", false);
        data.Add("user-agent: FooBot\ndisallow: /x\nallow: /x/\n", "FooBot", "http://foo.bar/x/", true);
        data.Add("user-agent: FooBot\ndisallow: /x/page.html\nallow: /x/page.html\n", "FooBot", page, true);
        data.Add("user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot", "http://foo.bar/page.html", false);
        data.Add("user-agent: FooBot\nallow: /page\ndisallow: /*.html\n", "FooBot", "http://foo.bar/page", true);
        data.Add("user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", "FooBot", page, true);
        data.Add("user-agent: FooBot\nallow: /x/page.\ndisallow: /*.html\n", "FooBot", "http://foo.bar/x/y.html", false);
        data.Add("User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "http://foo.bar/x/page", true);
        data.Add("User-agent: *\nDisallow: /x/\nUser-agent: FooBot\nDisallow: /y/\n", "FooBot", "http://foo.bar/y/page", false);

        // ID_Encoding
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar?qux=taz&baz=http://foo.bar?tar&par\n", "FooBot", "http://foo.bar/foo/bar?qux=taz&baz=http://foo.bar?tar&par", true);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n", "FooBot", "http://foo.bar/foo/bar/%E3%83%84", true);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/ツ\n", "FooBot", "http://foo.bar/foo/bar/ツ", false);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", "FooBot", "http://foo.bar/foo/bar/%E3%83%84", true);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%E3%83%84\n", "FooBot", "http://foo.bar/foo/bar/ツ", false);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n", "FooBot", "http://foo.bar/foo/bar/baz", false);
        data.Add("User-agent: FooBot\nDisallow: /\nAllow: /foo/bar/%62%61%7A\n", "FooBot", "http://foo.bar/foo/bar/%62%61%7A", true);

        // ID_SpecialCharacters
        const string star = "User-agent: FooBot\nDisallow: /foo/bar/quz\nAllow: /foo/*/qux\n";
        data.Add(star, "FooBot", "http://foo.bar/foo/bar/quz", false);
        data.Add(star, "FooBot", "http://foo.bar/foo/quz", true);
        data.Add(star, "FooBot", "http://foo.bar/foo//quz", true);
        data.Add(star, "FooBot", "http://foo.bar/foo/bax/quz", true);
        const string dollar = "User-agent: FooBot\nDisallow: /foo/bar$\nAllow: /foo/bar/qux\n";
        data.Add(dollar, "FooBot", "http://foo.bar/foo/bar", false);
        data.Add(dollar, "FooBot", "http://foo.bar/foo/bar/qux", true);
        data.Add(dollar, "FooBot", "http://foo.bar/foo/bar/", true);
        data.Add(dollar, "FooBot", "http://foo.bar/foo/bar/baz", true);
        const string hash = "User-agent: FooBot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /\n";
        data.Add(hash, "FooBot", "http://foo.bar/foo/bar", true);
        data.Add(hash, "FooBot", "http://foo.bar/foo/quz", false);

        return data;
    }
}
