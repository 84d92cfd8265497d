using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pipeline.Indexer.Search;
using Pipeline.Tests.Fixtures;
using Pipeline.Web;

namespace Pipeline.Tests.Web;

public sealed class ExploreFormTests
{
    private static readonly Labels Labels = new(ShippedServices.Topics.Taxonomy, ShippedServices.Facts.Gazetteer);

    [Fact]
    public void Parse_Nothing_DefaultsAndAnEmptyQueryString()
    {
        var form = ExploreForm.Parse(Query(), Labels);

        Assert.Equal(new ExploreForm(), form);
        Assert.Equal(ExploreForm.DefaultTop, form.Top);
        Assert.Equal(string.Empty, form.ToQueryString());
    }

    [Fact]
    public void Parse_EveryChoice_RoundTripsThroughTheQueryString()
    {
        var form = ExploreForm.Parse(Query(("from", "2025-01-01"), ("to", "2025-06-30"), ("topic", "training-capacity"), ("country", "jp"), ("cooperation", "1"), ("top", "12")), Labels);

        Assert.Equal(new ExploreForm(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), "training-capacity", "JP", true, 12), form);
        Assert.Equal("?from=2025-01-01&to=2025-06-30&topic=training-capacity&country=JP&cooperation=1&top=12", form.ToQueryString());
        Assert.Equal(new Analysis.Trends.TrendFilter(new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), true, "training-capacity", "JP"), form.Filter);
    }

    [Fact]
    public void SearchUrlOf_PartnerOrParty_TheSearchPageWithTheSameTopicCountryAndPeriod()
    {
        var form = new ExploreForm(new DateOnly(2025, 1, 1), null, "training-capacity", "JP", CooperationOnly: true);

        Assert.Equal("/?topic=training-capacity&partner=jica&country=JP&from=2025-01-01&sort=date", form.SearchUrlOf("partner", "jica"));
        Assert.Equal("/?topic=training-capacity&country=JP&party=bo-y-te&from=2025-01-01&sort=date", form.SearchUrlOf("party", "bo-y-te"));
    }

    [Theory]
    [InlineData("topic", "no-such-topic", "no-such-topic")]
    [InlineData("country", "ZZ", "ZZ")]
    [InlineData("from", "20-05-2025", "20-05-2025")]
    [InlineData("top", "0", "top")]
    [InlineData("top", "-5", "top")]
    public void Parse_BadValue_ThrowsNamingIt(string name, string value, string named)
    {
        var error = Assert.Throws<SearchQueryException>(() => ExploreForm.Parse(Query((name, value)), Labels));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FromAfterTo_Throws()
    {
        var error = Assert.Throws<SearchQueryException>(() => ExploreForm.Parse(Query(("from", "2025-06-01"), ("to", "2025-01-01")), Labels));

        Assert.Contains("from", error.Message, StringComparison.Ordinal);
    }

    private static QueryCollection Query(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value), StringComparer.Ordinal));
}
