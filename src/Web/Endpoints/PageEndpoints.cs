using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>The server-rendered pages: search (home), article, status, API guide.</summary>
internal static class PageEndpoints
{
    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>(StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder routes, bool actionsEnabled)
    {
        routes.MapGet("/", SearchAsync).ExcludeFromDescription();
        routes.MapGet("/articles/{id}", ArticleAsync).ExcludeFromDescription();
        routes.MapGet("/status", async (WebArchive archive, CancellationToken cancellationToken) =>
            HtmlResults.Page(StatusPage.Render(await StatusView.ReadAsync(archive, cancellationToken), actionsEnabled))).ExcludeFromDescription();
        routes.MapGet("/api", () => HtmlResults.Page(ApiPage.Render())).ExcludeFromDescription();
    }

    private static async Task<IResult> SearchAsync(HttpContext context, WebArchive archive)
    {
        SearchForm form;
        try
        {
            form = SearchForm.Parse(context.Request.Query);
        }
        catch (SearchQueryException ex)
        {
            return HtmlResults.Page(SearchPage.Render(new SearchView(new SearchForm(string.Empty), null, ex.Message, Empty), archive.Labels), StatusCodes.Status400BadRequest);
        }

        try
        {
            var results = await archive.SearchAsync(form.ToRequest(archive.Partners.Key), context.RequestAborted);
            var shown = (results.Facets.GetValueOrDefault("partner")?.Keys.Take(SearchPage.FacetValuesShown) ?? []).Append(form.Partner).OfType<string>().ToList();
            var names = await archive.PartnerNamesAsync(shown, context.RequestAborted);
            return HtmlResults.Page(SearchPage.Render(new SearchView(form, results, null, names), archive.Labels));
        }
        catch (SearchQueryException ex)
        {
            return HtmlResults.Page(SearchPage.Render(new SearchView(form, null, ex.Message, Empty), archive.Labels), StatusCodes.Status400BadRequest);
        }
        catch (IndexUnavailableException)
        {
            return HtmlResults.Page(
                SearchPage.Render(new SearchView(form, null, "Chưa có chỉ mục để tìm kiếm: hãy chạy pipeline crawl (hoặc pipeline index) rồi tải lại trang.", Empty), archive.Labels),
                StatusCodes.Status503ServiceUnavailable);
        }
    }

    private static async Task<IResult> ArticleAsync(string id, WebArchive archive, CancellationToken cancellationToken)
    {
        var article = ArticleIds.IsWellFormed(id) ? await archive.Articles.FindAsync(id, cancellationToken) : null;
        if (article is null)
        {
            return HtmlResults.Page(Layout.Message("Không tìm thấy bài viết", "Không có bài viết nào với mã này. Có thể địa chỉ bị gõ sai hoặc bài đã bị xóa khỏi kho."), StatusCodes.Status404NotFound);
        }

        var view = new ArticleView(article, Storage.StoredFacts.Read(article.FactsJson), await archive.SimilarAsync(article.Id, 5, cancellationToken), await archive.CopyOfAsync(article, cancellationToken));
        return HtmlResults.Page(ArticlePage.Render(view, archive.Labels));
    }
}
