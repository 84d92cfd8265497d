using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Pipeline.Tests.Trends;

public sealed class TrendsCommandTests(GoldTrendFixture fixture) : IClassFixture<GoldTrendFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task Trends_CsvWithBom_StableColumnsAndUtf8()
    {
        var path = temp.Combine("topics.csv");

        var (exit, _, error) = await CliHarness.RunAsync("trends", "--data-dir", fixture.GoldDataDir, "--by", "topic", "--interval", "year", "--format", "csv", "--bom", "--out", path);

        Assert.True(exit == 0, error);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("interval,start,end,dimension,key,label,articles,interval_articles,interval_cooperation_articles,cooperation_share", lines[0]);
        Assert.Contains("2024,2024-01-01,2024-12-31,topic,training-capacity,\"Đào tạo, nâng cao năng lực\",23,48,34,0.7083", lines);
        Assert.Contains("2023,2023-01-01,2023-12-31,all,all,Tất cả bài viết,45,45,35,0.7778", lines);
    }

    [Fact]
    public async Task Trends_Json_SeriesWithCamelCaseNames()
    {
        var (exit, output, error) = await CliHarness.RunAsync("trends", "--data-dir", fixture.GoldDataDir, "--by", "country", "--interval", "quarter", "--top", "3", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("country", json.RootElement.GetProperty("dimension").GetString());
        Assert.Equal("2023-Q1", json.RootElement.GetProperty("periods")[0].GetProperty("key").GetString());
        Assert.Equal(["JP", "US", "AU"], json.RootElement.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("key").GetString()));
        Assert.Equal(31, json.RootElement.GetProperty("omittedValues").GetInt32());
    }

    [Fact]
    public async Task TrendsCounts_List_ShowsTheArticlesBehindEachFigure()
    {
        var (exit, output, error) = await CliHarness.RunAsync("trends", "counts", "--data-dir", fixture.CopiesDataDir, "--kind", "money", "--list", "--format", "csv");

        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("figure,kind,currency,value,noun,approx,span,first_day,copy,article_id,title,outlet,published,url", lines[0]);
        var gbp = lines.Where(l => l.Contains(",money,GBP,1800000,", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, gbp.Count);
        Assert.Contains(",0,", gbp[0], StringComparison.Ordinal);
        Assert.Contains("Tin tổng hợp: ", gbp[1], StringComparison.Ordinal);
        Assert.Contains("Cổng tin Hợp tác Y tế", gbp[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrendsPartners_Table_ShowsTopPartner()
    {
        var (exit, output, error) = await CliHarness.RunAsync("trends", "partners", "--data-dir", fixture.GoldDataDir, "--top", "3");

        Assert.True(exit == 0, error);
        Assert.Contains("Tổ chức Y tế Thế giới", output, StringComparison.Ordinal);
        Assert.Contains("2023-01-12", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("png")]
    [InlineData("svg")]
    public async Task TrendsCountries_Chart_WritesImageWithVietnameseLabels(string extension)
    {
        var path = temp.Combine("countries." + extension);

        var (exit, _, error) = await CliHarness.RunAsync("trends", "countries", "--data-dir", fixture.GoldDataDir, "--top", "6", "--chart", path);

        Assert.True(exit == 0, error);
        var bytes = await File.ReadAllBytesAsync(path);
        if (extension == "png")
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
            Assert.True(bytes.Length > 20_000, $"{bytes.Length} bytes");
        }
        else
        {
            var svg = Encoding.UTF8.GetString(bytes);
            Assert.Contains("Hàn Quốc", svg, StringComparison.Ordinal);
            Assert.Contains("Phòng chống dịch bệnh, vắc xin", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Trends_LineAndStackedCharts_Written()
    {
        var lines = temp.Combine("lines.png");
        var bars = temp.Combine("bars.svg");

        Assert.Equal(0, (await CliHarness.RunAsync("trends", "--data-dir", fixture.GoldDataDir, "--interval", "quarter", "--chart", lines)).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("trends", "--data-dir", fixture.GoldDataDir, "--by", "country", "--stacked", "--chart", bars)).ExitCode);

        Assert.True(new FileInfo(lines).Length > 20_000);
        Assert.Contains("Nhật Bản", await File.ReadAllTextAsync(bars), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Network_GraphMl_ParsesWithNodesAndWeightedEdges()
    {
        var (exit, output, error) = await CliHarness.RunAsync("network", "--data-dir", fixture.GoldDataDir);

        Assert.True(exit == 0, error);
        var xml = XDocument.Parse(output);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var nodes = xml.Descendants(g + "node").ToList();
        var edges = xml.Descendants(g + "edge").ToList();
        Assert.Equal(209, nodes.Count);
        Assert.Equal(423, edges.Count);
        var jica = nodes.Single(n => (string?)n.Attribute("id") == "partner:jica");
        Assert.Equal("partner", jica.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "kind").Value);
        Assert.Equal("Nhật Bản", jica.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "country").Value);
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!)));
        var unicef = edges.Single(e => (string?)e.Attribute("source") == "partner:unicef" && (string?)e.Attribute("target") == "party:bo-y-te");
        Assert.Equal("5", unicef.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "weight").Value);
    }

    [Fact]
    public async Task Network_Gexf_ParsesWithAttributesDeclared()
    {
        var path = temp.Combine("network.gexf");

        var (exit, _, error) = await CliHarness.RunAsync("network", "--data-dir", fixture.GoldDataDir, "--format", "gexf", "--out", path, "--from", "2025-01-01");

        Assert.True(exit == 0, error);
        var xml = XDocument.Load(path);
        XNamespace g = "http://www.gexf.net/1.2draft";
        var declared = xml.Descendants(g + "attribute").Select(a => (string)a.Attribute("id")!).ToHashSet();
        Assert.Contains("kind", declared);
        Assert.Contains("country", declared);
        var nodes = xml.Descendants(g + "node").ToList();
        Assert.NotEmpty(nodes);
        Assert.All(xml.Descendants(g + "attvalue"), v => Assert.Contains((string)v.Attribute("for")!, declared));
        Assert.All(xml.Descendants(g + "edge"), e => Assert.True(int.Parse((string)e.Attribute("weight")!, System.Globalization.CultureInfo.InvariantCulture) >= 1));
        Assert.All(xml.Descendants(g + "edge").Select(e => e.Descendants(g + "attvalue").Single(v => (string?)v.Attribute("for") == "first")), v => Assert.True(string.CompareOrdinal((string)v.Attribute("value")!, "2025-01-01") >= 0));
    }

    [Theory]
    [InlineData("trends", "--chart", "out.jpg")]
    [InlineData("trends", "--by", "colour")]
    [InlineData("trends", "--from", "2025-13-01")]
    [InlineData("trends", "--from", "2025-06-01", "--to", "2025-01-01")]
    [InlineData("trends", "partners", "--top", "0")]
    [InlineData("network", "--format", "dot")]
    public async Task Trends_BadArguments_Exit2(params string[] args)
    {
        var (exit, _, _) = await CliHarness.RunAsync([.. args, "--data-dir", fixture.GoldDataDir]);

        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Trends_NoDataDirectory_Exit1WithMessage()
    {
        var (exit, _, error) = await CliHarness.RunAsync("trends", "--data-dir", temp.Combine("missing"));

        Assert.Equal(1, exit);
        Assert.Contains("no data directory", error, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose() => temp.Dispose();
}
