using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pipeline.Web.Endpoints;

/// <summary>The stylesheet (embedded in the program: nothing is read from disk) and a robots.txt that keeps search engines out.</summary>
internal static class StaticEndpoints
{
    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Pipeline.Web.Assets.site.css")
            ?? throw new InvalidOperationException("The stylesheet is missing from the program.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/static/site.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        routes.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /\n", "text/plain; charset=utf-8")).ExcludeFromDescription();
    }
}
