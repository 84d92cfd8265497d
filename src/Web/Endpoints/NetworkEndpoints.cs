using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pipeline.Analysis.Trends;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Querying;
using Pipeline.Web.Api;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// The cooperation network: its page, <c>/api/network</c>, the articles behind a node and the GraphML and GEXF of the
/// view (the writers of <c>pipeline network</c>). Every address takes the same filters (<see cref="ExploreForm"/>) and
/// keeps the same top nodes, so a download holds what the page shows. Bad parameters answer 400: a page, problem
/// details for the API, a line of text for the downloads.
/// </summary>
internal static class NetworkEndpoints
{
    public const int DefaultArticles = 20;

    public const int MaxArticles = 100;

    private const string TextContentType = "text/plain; charset=utf-8";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/network", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = ExploreForm.Parse(context.Request.Query, archive.Labels);
                var network = await archive.Trends.NetworkAsync(form.Filter, context.RequestAborted);
                return HtmlResults.Page(NetworkPage.Render(form, network, network.Top(form.Top), archive.Labels));
            }
            catch (SearchQueryException ex)
            {
                return HtmlResults.Page(Layout.Message("Tham số không hợp lệ", ex.Message, "network"), StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/network.graphml", (HttpContext context, WebArchive archive) => DownloadAsync(context, archive, NetworkWriter.GraphMl, "application/graphml+xml; charset=utf-8", "graphml"))
            .ExcludeFromDescription();
        routes.MapGet("/network.gexf", (HttpContext context, WebArchive archive) => DownloadAsync(context, archive, NetworkWriter.Gexf, "application/gexf+xml; charset=utf-8", "gexf"))
            .ExcludeFromDescription();
        var filters = "from and to (yyyy-MM-dd, Vietnamese time, both inclusive, within " + QueryDays.Window + "), topic (a taxonomy label), "
            + "country (ISO 3166-1 alpha-2: only articles naming a partner of it), cooperation (1: only international cooperation articles)";
        routes.MapGet("/api/network", ApiAsync)
            .WithTags("Pipeline")
            .WithName("network")
            .WithSummary("The cooperation network's top nodes (parties and partners, by articles) and the edges between them (articles naming both).")
            .WithDescription($"Query string: {filters}, top (nodes kept, 1-{ExploreForm.MaxTop}, default {ExploreForm.DefaultTop}). "
                + "GraphML and GEXF of the same view: /network.graphml and /network.gexf with the same query. A malformed or unknown value answers 400 with problem details.");
        routes.MapGet("/api/network/articles", ArticlesAsync)
            .WithTags("Pipeline")
            .WithName("networkArticles")
            .WithSummary("The newest articles naming one network node, and the search page's address for all of them.")
            .WithDescription($"Query string: node (partner:KEY or party:KEY, as /api/network names it), {filters}, limit (1-{MaxArticles}, default {DefaultArticles}). "
                + "A malformed or unknown value answers 400 with problem details.");
    }

    private static async Task<IResult> DownloadAsync(HttpContext context, WebArchive archive, Func<CooperationNetwork, string> write, string contentType, string extension)
    {
        try
        {
            var form = ExploreForm.Parse(context.Request.Query, archive.Labels);
            var network = await archive.Trends.NetworkAsync(form.Filter, context.RequestAborted);
            return Results.File(Encoding.UTF8.GetBytes(write(network.Top(form.Top))), contentType, "mang-luoi-hop-tac." + extension);
        }
        catch (SearchQueryException ex)
        {
            return Results.Text(ex.Message, TextContentType, Encoding.UTF8, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<Results<Ok<ApiNetwork>, ProblemHttpResult>> ApiAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = ExploreForm.Parse(context.Request.Query, archive.Labels);
            var network = await archive.Trends.NetworkAsync(form.Filter, context.RequestAborted);
            var view = network.Top(form.Top);
            var nodes = view.Nodes.Select(n => new ApiNetworkNode(n.Id, n.Role, n.Key, n.Label, n.Kind, n.CountryCode, n.Country, n.Articles, form.SearchUrlOf(n.Role, n.Key))).ToList();
            return TypedResults.Ok(new ApiNetwork(form.Top, network.Nodes.Count, network.Edges.Count, nodes, view.Edges));
        }
        catch (SearchQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad network parameters");
        }
    }

    private static async Task<Results<Ok<ApiNodeArticles>, ProblemHttpResult>> ArticlesAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = ExploreForm.Parse(context.Request.Query, archive.Labels);
            var node = context.Request.Query["node"].ToString();
            var (role, key) = TrendService.ParseNodeId(node) ?? throw new SearchQueryException($"node '{node}' phải có dạng partner:KEY hoặc party:KEY.");
            var limitText = context.Request.Query["limit"].ToString();
            var limit = limitText.Length == 0 ? DefaultArticles
                : int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxArticles ? n
                : throw new SearchQueryException($"limit phải là số từ 1 đến {MaxArticles}.");
            var articles = await archive.Trends.NodeArticlesAsync(form.Filter, node, limit, context.RequestAborted);
            return TypedResults.Ok(new ApiNodeArticles(
                TrendService.NodeId(role, key),
                articles.Select(a => new ApiNodeArticle(a.Id, a.Title, "/articles/" + Uri.EscapeDataString(a.Id), a.Url, a.Outlet, a.Published)).ToList(),
                form.SearchUrlOf(role, key)));
        }
        catch (SearchQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad network parameters");
        }
    }
}
