using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Querying;
using Pipeline.Status;
using Pipeline.Storage;
using Pipeline.Web.Api;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>The JSON API, mirroring the CLI's JSON: search, one article, status, runs, trends.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Pipeline");
        api.MapGet("/search", SearchAsync)
            .WithName("search")
            .WithSummary("Search the archive, as pipeline search --json: total, hits with snippets, facet counts.")
            .WithDescription(
                "Query string: q (words, \"phrases\", AND/OR/NOT; diacritics optional; at most 500 characters), topic, partner (key or name), country (ISO code), outlet, party (Vietnamese party key), "
                + $"from and to (yyyy-MM-dd, Vietnamese time, to inclusive, within {QueryDays.Window}), sort (relevance or date), limit (1-100), page (page × limit at most 10,000). "
                + "A malformed or out-of-range value answers 400 with problem details.");
        api.MapGet("/articles/{id}", ArticleAsync)
            .WithName("article")
            .WithSummary("One article with its text, its facts (offsets into text), similar articles and the permalink of its archived copy.");
        api.MapGet("/status", async Task<Ok<PipelineStatus>> (WebArchive archive, CancellationToken cancellationToken) => TypedResults.Ok(await archive.StatusAsync(cancellationToken)))
            .WithName("status")
            .WithSummary("Schedule, run in progress, last run, store, index and problems, as pipeline status --json.");
        api.MapGet("/runs", Runs)
            .WithName("runs")
            .WithSummary("The run history, newest first, as pipeline runs --json (limit 1-1000, default 20).");
    }

    private static async Task<Results<Ok<SearchResults>, ProblemHttpResult>> SearchAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = SearchForm.Parse(context.Request.Query);
            return TypedResults.Ok(await archive.SearchAsync(form.ToRequest(archive.Partners.Key), context.RequestAborted));
        }
        catch (SearchQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search cannot run");
        }
        catch (IndexUnavailableException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "No index to search");
        }
    }

    private static async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> ArticleAsync(string id, WebArchive archive, CancellationToken cancellationToken)
    {
        var article = ArticleIds.IsWellFormed(id) ? await archive.Articles.FindAsync(id, cancellationToken) : null;
        if (article is null)
        {
            return TypedResults.Problem($"There is no article '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown article");
        }

        return TypedResults.Ok(new ApiArticle(
            article.Id,
            article.Url,
            article.CanonicalUrl,
            article.Source,
            article.Outlet,
            article.Title,
            article.Lead,
            article.Body,
            FactMarks.AnalysedText(article.Lead, article.Body),
            article.Published,
            article.Authors,
            article.Section,
            article.FetchedAt,
            StoredFacts.Read(article.FactsJson),
            await archive.SimilarAsync(article.Id, 5, cancellationToken),
            await archive.CopyOfAsync(article, cancellationToken) is { } copy ? new ApiArchivedCopy(copy.Permalink, copy.Id, copy.TargetUri, copy.CrawledAt) : null));
    }

    private static async Task<Results<Ok<IReadOnlyList<RunRecord>>, ProblemHttpResult>> Runs(WebArchive archive, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return TypedResults.Problem("limit must be between 1 and 1000.", statusCode: StatusCodes.Status400BadRequest, title: "Bad limit");
        }

        return TypedResults.Ok(await archive.Stores.Runs.ListAsync(limit ?? StatusView.RunsShown, cancellationToken));
    }
}
