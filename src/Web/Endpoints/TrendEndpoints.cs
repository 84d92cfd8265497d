using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Querying;
using Pipeline.Web.Pages;

namespace Pipeline.Web.Endpoints;

/// <summary>
/// The trends dashboard, its charts (PNG from the trends' ScottPlot code; the page's script draws the same series
/// interactively from its table), its CSV and <c>/api/trends</c>. Bad
/// parameters answer 400: a page for the dashboard, problem details for the API, a line of text for the CSV and images.
/// </summary>
internal static class TrendEndpoints
{
    private const int TopPartners = 15;

    private const string TextContentType = "text/plain; charset=utf-8";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/trends", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = TrendsForm.Parse(context.Request.Query);
                var series = await PageSeriesAsync(archive, form, context.RequestAborted);
                var partners = await archive.Trends.PartnersAsync(form.Filter, TopPartners, context.RequestAborted);
                return HtmlResults.Page(TrendsPage.Render(form, series, partners));
            }
            catch (SearchQueryException ex)
            {
                return HtmlResults.Page(Layout.Message("Tham số không hợp lệ", ex.Message, "trends"), StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/trends/chart.png", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = TrendsForm.Parse(context.Request.Query);
                var series = await PageSeriesAsync(archive, form, context.RequestAborted);
                return Png(TrendChart.Png(series with { Lines = series.Lines.Where(l => !form.Hidden.Contains(l.Key, StringComparer.Ordinal)).ToList() }, form.Chart));
            }
            catch (SearchQueryException ex)
            {
                return Results.Text(ex.Message, TextContentType, Encoding.UTF8, StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/trends/countries.png", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = TrendsForm.Parse(context.Request.Query);
                return Png(TrendChart.Png(await archive.Trends.CountryTopicsAsync(form.Filter, form.Top, context.RequestAborted)));
            }
            catch (SearchQueryException ex)
            {
                return Results.Text(ex.Message, TextContentType, Encoding.UTF8, StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/trends.csv", async (HttpContext context, WebArchive archive) =>
        {
            try
            {
                var form = TrendsForm.Parse(context.Request.Query);
                var series = await SeriesAsync(archive, form, context.RequestAborted);
                // With a byte-order mark: Excel, which most analysts open it in, reads UTF-8 only then.
                var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TrendCsv.Series(series))).ToArray();
                return Results.File(bytes, "text/csv; charset=utf-8", $"xu-huong-{form.Dimension.ToString().ToLowerInvariant()}-{form.IntervalOrMonth.ToString().ToLowerInvariant()}.csv");
            }
            catch (SearchQueryException ex)
            {
                return Results.Text(ex.Message, TextContentType, Encoding.UTF8, StatusCodes.Status400BadRequest);
            }
        }).ExcludeFromDescription();
        routes.MapGet("/api/trends", ApiAsync)
            .WithTags("Pipeline")
            .WithName("trends")
            .WithSummary("Articles per interval and topic, country, partner or outlet, as pipeline trends --json.")
            .WithDescription(
                "Query string: by (topic, country, partner, outlet), interval (month, quarter, year), from and to (yyyy-MM-dd, Vietnamese time, "
                + $"both inclusive, within {QueryDays.Window}), cooperation (1: only international cooperation articles), top (1-50). "
                + $"A series covers at most {TrendSpan.MaxIntervals} intervals; an open from or to runs to the archive's first or last dated article. "
                + "A wider range, a day outside the window or a malformed value answers 400 with problem details naming the limit; nothing is cut silently.");
    }

    private static async Task<Results<Ok<TrendSeries>, ProblemHttpResult>> ApiAsync(HttpContext context, WebArchive archive)
    {
        try
        {
            var form = TrendsForm.Parse(context.Request.Query);
            return TypedResults.Ok(await SeriesAsync(archive, form, context.RequestAborted));
        }
        catch (SearchQueryException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad trend parameters");
        }
    }

    private static async Task<TrendSeries> SeriesAsync(WebArchive archive, TrendsForm form, CancellationToken cancellationToken) =>
        TrendsForm.Bounded(await archive.Trends.SeriesAsync(form.Dimension, form.IntervalOrMonth, form.Filter, form.Top, cancellationToken));

    /// <summary>
    /// The series the page's table and charts show: the interval <see cref="TrendIntervalRule"/> picks when none is
    /// chosen, and the top values with the rest as "Còn lại" (<see cref="TrendOthers"/>).
    /// </summary>
    private static async Task<TrendSeries> PageSeriesAsync(WebArchive archive, TrendsForm form, CancellationToken cancellationToken)
    {
        var interval = form.IntervalOrMonth;
        var all = await archive.Trends.SeriesAsync(form.Dimension, interval, form.Filter, int.MaxValue, cancellationToken);
        if (form.Interval is null && TrendIntervalRule.Choose(TrendOthers.Fold(all, form.Top)) is var chosen && chosen != interval)
        {
            all = await archive.Trends.SeriesAsync(form.Dimension, chosen, form.Filter, int.MaxValue, cancellationToken);
        }

        return TrendsForm.Bounded(TrendOthers.Fold(all, form.Top));
    }

    private static IResult Png(byte[] image) => Results.Bytes(image, "image/png");
}
