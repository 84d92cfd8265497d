using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// The stylesheet, our page scripts and the vendored browser libraries with their licences (all embedded in the
/// program: nothing is read from disk, so no address can reach outside the set), and a robots.txt that keeps search
/// engines out.
/// </summary>
internal static class StaticEndpoints
{
    private const string Prefix = "Pipeline.Web.Assets/";

    private static readonly Lazy<FrozenDictionary<string, byte[]>> Assets = new(Load);

    /// <summary>The address of an embedded asset, by its path under Web/Assets.</summary>
    public static string Url(string path) => "/static/" + path;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/static/{**path}", (string path, HttpContext context) =>
        {
            if (!Assets.Value.TryGetValue(path, out var bytes))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(bytes, ContentType(path));
        }).ExcludeFromDescription();
        routes.MapGet("/robots.txt", () => Results.Text("User-agent: *\nDisallow: /\n", "text/plain; charset=utf-8")).ExcludeFromDescription();
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        // Licences and the SOURCE notes of the vendored libraries.
        _ => "text/plain; charset=utf-8",
    };

    private static FrozenDictionary<string, byte[]> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[name[Prefix.Length..]] = copy.ToArray();
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
