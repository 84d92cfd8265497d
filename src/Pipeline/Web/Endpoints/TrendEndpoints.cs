using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Indexer.Search;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>The trends dashboard, its charts (PNG from the trends' ScottPlot code), its CSV and <c>/api/trends</c>.</summary>
internal static class TrendEndpoints
{
    private const int TopPartners = 15;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/trends", async (HttpContext context, WebArchive archive) =>
        {
            if (Form(context) is not { } form)
            {
                return HtmlResults.Page(Layout.Message("Tham số không hợp lệ", Problem(context), "trends"), StatusCodes.Status400BadRequest);
            }

            var series = await archive.Trends.SeriesAsync(form.Dimension, form.Interval, form.Filter, form.Top, context.RequestAborted);
            var partners = await archive.Trends.PartnersAsync(form.Filter, TopPartners, context.RequestAborted);
            return HtmlResults.Page(TrendsPage.Render(form, series, partners));
        }).ExcludeFromDescription();
        routes.MapGet("/trends/chart.png", async (HttpContext context, WebArchive archive) =>
            Form(context) is { } form
                ? Png(TrendChart.Png(await archive.Trends.SeriesAsync(form.Dimension, form.Interval, form.Filter, form.Top, context.RequestAborted), form.Stacked))
                : Results.BadRequest()).ExcludeFromDescription();
        routes.MapGet("/trends/countries.png", async (HttpContext context, WebArchive archive) =>
            Form(context) is { } form
                ? Png(TrendChart.Png(await archive.Trends.CountryTopicsAsync(form.Filter, form.Top, context.RequestAborted)))
                : Results.BadRequest()).ExcludeFromDescription();
        routes.MapGet("/trends.csv", async (HttpContext context, WebArchive archive) =>
        {
            if (Form(context) is not { } form)
            {
                return Results.BadRequest();
            }

            var series = await archive.Trends.SeriesAsync(form.Dimension, form.Interval, form.Filter, form.Top, context.RequestAborted);
            // With a byte-order mark: Excel, which most analysts open it in, reads UTF-8 only then.
            var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Cli.TrendsCommand.ToCsv(series))).ToArray();
            return Results.File(bytes, "text/csv; charset=utf-8", $"xu-huong-{form.Dimension.ToString().ToLowerInvariant()}-{form.Interval.ToString().ToLowerInvariant()}.csv");
        }).ExcludeFromDescription();
        routes.MapGet("/api/trends", ApiAsync)
            .WithTags("Pipeline")
            .WithName("trends")
            .WithSummary("Articles per interval and topic, country, partner or outlet, as pipeline trends --json.")
            .WithDescription("Query string: by (topic, country, partner, outlet), interval (month, quarter, year), from and to (yyyy-MM-dd), cooperation (1: only international cooperation articles), top (1-50).");
    }

    private static async Task<Results<Ok<TrendSeries>, ProblemHttpResult>> ApiAsync(HttpContext context, WebArchive archive)
    {
        if (Form(context) is not { } form)
        {
            return TypedResults.Problem(Problem(context), statusCode: StatusCodes.Status400BadRequest, title: "Bad trend parameters");
        }

        return TypedResults.Ok(await archive.Trends.SeriesAsync(form.Dimension, form.Interval, form.Filter, form.Top, context.RequestAborted));
    }

    private static TrendsForm? Form(HttpContext context)
    {
        try
        {
            return TrendsForm.Parse(context.Request.Query);
        }
        catch (SearchQueryException ex)
        {
            context.Items[typeof(TrendEndpoints)] = ex.Message;
            return null;
        }
    }

    private static string Problem(HttpContext context) => context.Items[typeof(TrendEndpoints)] as string ?? "Tham số không hợp lệ.";

    private static IResult Png(byte[] image) => Results.Bytes(image, "image/png");
}
