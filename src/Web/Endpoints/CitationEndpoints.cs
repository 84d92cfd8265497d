using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Output.Citations;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// Citations to download into a reference manager: one article (<c>/articles/{id}/cite.ris</c>, <c>.bib</c>,
/// <c>.csl.json</c>) and a page of search results (<c>/search.ris?q=…</c>, same parameters as <c>/api/search</c>).
/// Attachments with a file name; errors as problem details, as the JSON API answers them.
/// </summary>
internal static class CitationEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        foreach (var format in Enum.GetValues<CitationFormat>())
        {
            var extension = CitationWriter.Extension(format);
            var name = format.ToString().ToLowerInvariant();
            var contentType = CitationWriter.ContentType(format).Split(';')[0];
            routes.MapGet($"/articles/{{id}}/cite{extension}", (string id, WebArchive archive, CancellationToken cancellationToken) => ArticleAsync(id, format, archive, cancellationToken))
                .WithTags("Pipeline")
                .WithName($"cite-article-{name}")
                .WithSummary($"The citation of one article as {contentType}: outlet, headline, publication date, URL, crawl date, language.")
                .Produces(StatusCodes.Status200OK, contentType: contentType);
            routes.MapGet($"/search{extension}", (HttpContext context, WebArchive archive) => SearchAsync(context, archive, format))
                .WithTags("Pipeline")
                .WithName($"cite-search-{name}")
                .WithSummary($"The citations of one page of search results as {contentType} (same parameters as /api/search).")
                .Produces(StatusCodes.Status200OK, contentType: contentType);
        }
    }

    private static async Task<IResult> ArticleAsync(string id, CitationFormat format, WebArchive archive, CancellationToken cancellationToken)
    {
        var article = ArticleIds.IsWellFormed(id) ? await archive.Articles.FindAsync(id, cancellationToken) : null;
        if (article is null)
        {
            return Results.Problem($"There is no article '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown article");
        }

        return File(format, [Citation.From(article)], article.Id);
    }

    private static async Task<IResult> SearchAsync(HttpContext context, WebArchive archive, CitationFormat format)
    {
        try
        {
            var form = SearchForm.Parse(context.Request.Query);
            var results = await archive.SearchAsync(form.ToRequest(archive.Partners.Key), context.RequestAborted);
            var citations = await SearchCitations.ForAsync(archive.Articles, results.Hits, context.RequestAborted);
            return File(format, citations, $"tim-kiem-trang-{form.Page}");
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

    private static IResult File(CitationFormat format, IReadOnlyList<Citation> citations, string name) =>
        Results.File(Encoding.UTF8.GetBytes(CitationWriter.Write(format, citations)), CitationWriter.ContentType(format), name + CitationWriter.Extension(format));
}
