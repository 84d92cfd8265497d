using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// Archived copies as crawled, by WARC record id: <c>/archive/{recordId}</c> is the permalink, our page with a banner
/// (crawl time, original address) around a sandboxed frame; <c>/archive/{recordId}/raw</c> is the archived HTML
/// itself, served under a policy that runs no script and loads nothing, not even its own images and stylesheets.
/// </summary>
internal static class ArchiveEndpoints
{
    /// <summary>
    /// The archived page's policy: a sandbox (no script, no form, no plugin, an opaque origin), nothing fetched but
    /// its inline styles, and only our banner page may frame it.
    /// </summary>
    public const string RawContentSecurityPolicy =
        "sandbox; default-src 'none'; img-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

    /// <summary>The banner page's policy: the site's, plus framing our own raw copy.</summary>
    public const string PageContentSecurityPolicy = SecurityHeaders.ContentSecurityPolicy + "; frame-src 'self'";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/archive/{recordId}", PageAsync).ExcludeFromDescription();
        routes.MapGet("/archive/{recordId}/raw", RawAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> PageAsync(string recordId, HttpContext context, WebArchive archive)
    {
        var page = Guid.TryParse(recordId, out var id) ? await archive.ArchivedPageAsync(id, context.RequestAborted) : null;
        if (page is null)
        {
            return Missing();
        }

        context.Response.Headers.ContentSecurityPolicy = PageContentSecurityPolicy;
        return HtmlResults.Page(ArchivedCopyPage.Render(page.Record));
    }

    private static async Task<IResult> RawAsync(string recordId, HttpContext context, WebArchive archive)
    {
        var page = Guid.TryParse(recordId, out var id) ? await archive.ArchivedPageAsync(id, context.RequestAborted) : null;
        if (page is null)
        {
            return Missing();
        }

        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = RawContentSecurityPolicy;
        headers.XFrameOptions = "SAMEORIGIN";
        headers.XContentTypeOptions = "nosniff";
        // Served as UTF-8 whatever the outlet used: the header's charset overrides the page's own <meta charset>.
        return HtmlResults.Page(page.Html);
    }

    private static IResult Missing() => HtmlResults.Page(
        Layout.Message("Không tìm thấy bản lưu", "Kho lưu trữ thô không còn bản ghi này: tệp WARC chứa nó có thể đã bị xóa hoặc di chuyển, hoặc địa chỉ bị gõ sai."),
        StatusCodes.Status404NotFound);
}
