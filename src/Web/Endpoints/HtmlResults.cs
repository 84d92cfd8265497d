using Microsoft.AspNetCore.Http;

namespace Pipeline.Web.Endpoints;

/// <summary>HTML responses of the pages.</summary>
internal static class HtmlResults
{
    public const string ContentType = "text/html; charset=utf-8";

    public static IResult Page(string html, int statusCode = StatusCodes.Status200OK) => Results.Content(html, ContentType, System.Text.Encoding.UTF8, statusCode);
}
