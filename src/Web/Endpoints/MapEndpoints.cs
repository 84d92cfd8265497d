using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer.Search;
using Pipeline.Querying;
using Pipeline.Web.Api;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// Partner countries on a world map: the page (a table without JavaScript) and <c>/api/map</c>, with the period, topic
/// and cooperation filters of <see cref="ExploreForm"/>. Bad parameters answer 400: a page, or problem details.
/// </summary>
internal static class MapEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/map", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = Parse(context, archive);
                return HtmlResults.Page(MapPage.Render(form, await CountriesAsync(archive, form, context.RequestAborted), archive.Labels));
            }
            catch (SearchQueryException ex)
            {
                return HtmlResults.Page(Layout.Message("Tham số không hợp lệ", ex.Message, "map"), StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/api/map", ApiAsync)
            .WithTags("Pipeline")
            .WithName("map")
            .WithSummary("Partner countries with the articles naming a partner of each, keyed by ISO 3166-1 alpha-2 and numeric code, for the world map.")
            .WithDescription($"Query string: from and to (yyyy-MM-dd, Vietnamese time, both inclusive, within {QueryDays.Window}), topic (a taxonomy label), "
                + "cooperation (1: only international cooperation articles). A malformed or unknown value answers 400 with problem details.");
    }

    /// <summary>The map's choices: a country filter would only hide the other countries, so it is not one of them.</summary>
    private static ExploreForm Parse(HttpContext context, WebArchive archive) =>
        ExploreForm.Parse(context.Request.Query, archive.Labels) with { Country = null, Top = ExploreForm.DefaultTop };

    private static async Task<IReadOnlyList<ApiMapCountry>> CountriesAsync(WebArchive archive, ExploreForm form, CancellationToken cancellationToken) =>
        (await archive.Trends.CountriesAsync(form.Filter, cancellationToken))
            .Select(c => new ApiMapCountry(c.Key, CountryNumbers.Numeric(c.Key), c.Label, c.Articles, form.SearchUrl(country: c.Key)))
            .ToList();

    private static async Task<Results<Ok<ApiMap>, ProblemHttpResult>> ApiAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = Parse(context, archive);
            var names = archive.Labels.Countries
                .Select(c => (Numeric: CountryNumbers.Numeric(c.Code), c.Name))
                .Where(c => c.Numeric is not null)
                .GroupBy(c => c.Numeric!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
            return TypedResults.Ok(new ApiMap(await CountriesAsync(archive, form, context.RequestAborted), names));
        }
        catch (SearchQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad map parameters");
        }
    }
}
