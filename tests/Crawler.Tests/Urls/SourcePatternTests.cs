using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Crawler.Tests.Urls;

/// <summary>
/// Each outlet's articlePattern in data/sources.json, against addresses in the form that outlet uses:
/// its article addresses must pass, its home, section, tag, paging and feed addresses must not.
/// </summary>
public sealed class SourcePatternTests
{
    // The options the crawl runner compiles the pattern with, so the test sees what the crawl sees.
    private const RegexOptions CrawlOptions = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Patterns = new(LoadPatterns);

    public static TheoryData<string, string> ArticleAddresses() => new()
    {
        { "moh", "https://moh.gov.vn/tin-noi-bat/-/asset_publisher/3Yst7YhbkA5j/content/bo-y-te-lam-viec-voi-usaid-ve-an-ninh-y-te" },
        { "moh", "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/thu-truong-tiep-doan-who" },
        { "suckhoedoisong", "https://suckhoedoisong.vn/bo-y-te-tiep-doan-cong-tac-who-ve-y-te-co-so-169251022192512345.htm" },
        { "vnexpress-suc-khoe", "https://vnexpress.net/benh-vien-bach-mai-ky-thoa-thuan-dao-tao-voi-dai-hoc-y-seoul-4955123.html" },
        { "tuoitre-suc-khoe", "https://tuoitre.vn/tp-hcm-hop-tac-voi-nhat-ban-nang-cao-nang-luc-cap-cuu-20251022192512345.htm" },
        { "thanhnien-suc-khoe", "https://thanhnien.vn/benh-vien-cho-ray-nhan-chuyen-giao-ky-thuat-ghep-gan-185251022192512345.htm" },
        { "dantri-suc-khoe", "https://dantri.com.vn/suc-khoe/viet-nam-va-australia-mo-rong-hop-tac-phong-chong-lao-20251022192512345.htm" },
        { "hanoimoi-y-te", "https://hanoimoi.vn/ha-noi-hop-tac-voi-singapore-phat-trien-y-te-so-718234.html" },
        { "baochinhphu-y-te", "https://baochinhphu.vn/pho-thu-tuong-tiep-giam-doc-quy-toan-cau-102251022192512345.htm" },
        { "vietnamplus-suc-khoe", "https://www.vietnamplus.vn/duc-ho-tro-viet-nam-dao-tao-dieu-duong-post1071234.vnp" },
        { "nhandan-y-te", "https://nhandan.vn/hop-tac-viet-nam-cuba-trong-nghien-cuu-vac-xin-post912345.html" },
        { "vov-suc-khoe", "https://vov.vn/suc-khoe/ha-lan-ho-tro-viet-nam-cai-thien-nuoc-sach-post1123456.vov" },
    };

    public static TheoryData<string, string> ListingAddresses() => new()
    {
        { "moh", "https://moh.gov.vn/" },
        { "moh", "https://moh.gov.vn/tin-noi-bat" },
        { "moh", "https://moh.gov.vn/tin-noi-bat/-/asset_publisher/3Yst7YhbkA5j/rss" },
        { "suckhoedoisong", "https://suckhoedoisong.vn/" },
        { "suckhoedoisong", "https://suckhoedoisong.vn/y-te.htm" },
        { "suckhoedoisong", "https://suckhoedoisong.vn/y-te/trang-2.htm" },
        { "vnexpress-suc-khoe", "https://vnexpress.net/" },
        { "vnexpress-suc-khoe", "https://vnexpress.net/suc-khoe" },
        { "vnexpress-suc-khoe", "https://vnexpress.net/suc-khoe-p2" },
        { "vnexpress-suc-khoe", "https://vnexpress.net/chu-de/hop-tac-y-te-1234" },
        { "tuoitre-suc-khoe", "https://tuoitre.vn/" },
        { "tuoitre-suc-khoe", "https://tuoitre.vn/suc-khoe.htm" },
        { "tuoitre-suc-khoe", "https://tuoitre.vn/suc-khoe/dinh-duong.htm" },
        { "tuoitre-suc-khoe", "https://tuoitre.vn/timeline/12/trang-2.htm" },
        { "thanhnien-suc-khoe", "https://thanhnien.vn/" },
        { "thanhnien-suc-khoe", "https://thanhnien.vn/suc-khoe.htm" },
        { "thanhnien-suc-khoe", "https://thanhnien.vn/suc-khoe/lam-dep.htm" },
        { "dantri-suc-khoe", "https://dantri.com.vn/" },
        { "dantri-suc-khoe", "https://dantri.com.vn/suc-khoe.htm" },
        { "dantri-suc-khoe", "https://dantri.com.vn/suc-khoe/trang-2.htm" },
        { "dantri-suc-khoe", "https://dantri.com.vn/tag/hop-tac-y-te.htm" },
        { "hanoimoi-y-te", "https://hanoimoi.vn/" },
        { "hanoimoi-y-te", "https://hanoimoi.vn/y-te" },
        { "hanoimoi-y-te", "https://hanoimoi.vn/tag/y-te-so" },
        { "baochinhphu-y-te", "https://baochinhphu.vn/" },
        { "baochinhphu-y-te", "https://baochinhphu.vn/y-te.htm" },
        { "baochinhphu-y-te", "https://baochinhphu.vn/y-te/trang-2.htm" },
        { "vietnamplus-suc-khoe", "https://www.vietnamplus.vn/" },
        { "vietnamplus-suc-khoe", "https://www.vietnamplus.vn/suc-khoe/" },
        { "vietnamplus-suc-khoe", "https://www.vietnamplus.vn/tag/dieu-duong-12345.vnp" },
        { "nhandan-y-te", "https://nhandan.vn/" },
        { "nhandan-y-te", "https://nhandan.vn/y-te/" },
        { "nhandan-y-te", "https://nhandan.vn/tag/vac-xin-12345" },
        { "vov-suc-khoe", "https://vov.vn/" },
        { "vov-suc-khoe", "https://vov.vn/suc-khoe" },
        { "vov-suc-khoe", "https://vov.vn/suc-khoe/tin-tuc" },
        { "vov-suc-khoe", "https://vov.vn/tag/nuoc-sach-12345.vov" },
    };

    [Theory]
    [MemberData(nameof(ArticleAddresses))]
    public void ArticlePattern_OutletArticleAddress_Matches(string source, string address)
    {
        Assert.Matches(new Regex(Patterns.Value[source], CrawlOptions), address);
    }

    [Theory]
    [MemberData(nameof(ListingAddresses))]
    public void ArticlePattern_OutletListingAddress_DoesNotMatch(string source, string address)
    {
        Assert.DoesNotMatch(new Regex(Patterns.Value[source], CrawlOptions), address);
    }

    [Fact]
    public void ArticleAddresses_EveryPatternedSource_HasARow()
    {
        var covered = ArticleAddresses().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(covered, Patterns.Value.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static Dictionary<string, string> LoadPatterns()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(FindSourcesFile()), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.GetProperty("sources").EnumerateArray()
            .Where(s => s.TryGetProperty("articlePattern", out _))
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("articlePattern").GetString()!, StringComparer.Ordinal);
    }

    // The test project does not copy data/, so the file is found by walking up from the test binaries to the repository root.
    private static string FindSourcesFile()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "data", "sources.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("data/sources.json not found above " + AppContext.BaseDirectory);
    }
}
