using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Web.Feeds;

namespace Pipeline.Web.Endpoints;

/// <summary><c>/feeds/search?q=...&amp;topic=...</c>: any search as an Atom feed of its newest matches.</summary>
internal static class FeedEndpoints
{
    private const int Entries = 30;
    private const string ContentType = "application/atom+xml; charset=utf-8";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/feeds/search", FeedAsync)
            .WithTags("Pipeline")
            .WithName("feed")
            .WithSummary("The newest articles matching a search as an Atom 1.0 feed (same parameters as /api/search; always newest first).")
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml");

    private static async Task<IResult> FeedAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = SearchForm.Parse(context.Request.Query) with { SortByDate = true, Page = 1, Limit = Entries };
            var results = await archive.SearchAsync(form.ToRequest(archive.Partners.Key), context.RequestAborted);
            var queryString = (form with { SortByDate = false, Limit = SearchForm.DefaultLimit }).ToQueryString();
            var title = form.Query.Length > 0 ? $"Pipeline: {form.Query}" : "Pipeline: bài mới";
            var baseUri = new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
            return Results.Content(AtomFeed.Write(results, title, baseUri, queryString, archive.TimeProvider.GetUtcNow(), archive.Labels), ContentType);
        }
        catch (SearchQueryException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search cannot run");
        }
        catch (IndexUnavailableException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No index to search");
        }
    }
}
