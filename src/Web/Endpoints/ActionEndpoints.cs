using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Pipeline.Web.Actions;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// Actions that change state, mapped only when <c>Web:EnableActions</c> is true: a POST carrying the configured
/// token (header X-Pipeline-Token, or form field "token" from the status page). The token doubles as protection
/// against cross-site forms, which cannot know it.
/// </summary>
internal static class ActionEndpoints
{
    public const string TokenHeader = "X-Pipeline-Token";

    public static void Map(IEndpointRouteBuilder routes, string token)
    {
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        routes.MapPost("/actions/crawl", async (HttpContext context, CrawlAction crawl, ILoggerFactory loggers) =>
        {
            var logger = loggers.CreateLogger(typeof(ActionEndpoints));
            var client = context.Connection.RemoteIpAddress?.ToString();
            var given = context.Request.Headers[TokenHeader].ToString();
            if (given.Length == 0 && context.Request.HasFormContentType)
            {
                given = (await context.Request.ReadFormAsync(context.RequestAborted))["token"].ToString();
            }

            if (given.Length == 0)
            {
                WebLog.ActionRefused(logger, client, "no token");
                return Results.Problem("This action needs the token from Web:ActionToken.", statusCode: StatusCodes.Status401Unauthorized, title: "Token required");
            }

            // Compared as hashes of equal length in constant time: the answer's timing says nothing about the token.
            if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected))
            {
                WebLog.ActionRefused(logger, client, "wrong token");
                return Results.Problem("The token is wrong.", statusCode: StatusCodes.Status403Forbidden, title: "Wrong token");
            }

            if (!crawl.TryStart())
            {
                return Results.Problem("A run is already in progress; try again when it has finished.", statusCode: StatusCodes.Status409Conflict, title: "Run in progress");
            }

            WebLog.ActionStarted(logger, client);
            // The status page's form gets the page back; a script gets 202.
            return context.Request.HasFormContentType ? Results.Redirect("/status", permanent: false, preserveMethod: false) : Results.Accepted("/api/status");
        })
        .WithTags("Pipeline")
        .WithName("crawl")
        .WithSummary("Start the scheduled crawl now (only when Web:EnableActions is true; needs the X-Pipeline-Token header). 202, 401, 403 or 409.")
        .DisableAntiforgery();
    }
}
