using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Pipeline.Composition;
using Pipeline.Configuration;
using Pipeline.Sources;
using Pipeline.Web.Endpoints;
using Pipeline.Web.Pages;

namespace Pipeline.Web;

/// <summary>
/// The web app of <c>pipeline serve</c>: Kestrel, the pages, the Atom feeds, the JSON API and its OpenAPI document,
/// OpenTelemetry metrics at /metrics, security headers on every response and a per-client rate limit; on a shared
/// PostgreSQL store, the node's index following the store.
/// </summary>
internal static class WebApp
{
    /// <summary>Builds the app over an open archive; start it with <c>StartAsync</c> or <c>RunAsync</c>.</summary>
    /// <param name="settings">Validated settings; <c>Web</c> says where to listen and how much to allow.</param>
    /// <param name="archive">The store and index; the app disposes it.</param>
    /// <param name="configureLogging">Where logs go; null for none.</param>
    /// <param name="startDemo">Starts the demo site when the scheduled sources name it; null where none is available.</param>
    public static WebApplication Create(PipelineSettings settings, WebArchive archive, Action<ILoggingBuilder>? configureLogging = null, DemoOutletsStarter? startDemo = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(archive);
        var web = settings.Web;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Storage.ProductData.ApplicationDirectory });
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls(web.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Only small forms are ever posted.
            kestrel.Limits.MaxRequestBodySize = 16 * 1024;
        });
        builder.Services.AddSingleton(archive);
        builder.Services.AddSingleton(archive.TimeProvider);
        builder.Services.AddSingleton(StoreConnection.Of(archive.Stores));
        builder.Services.AddPipeline(settings);
        if (startDemo is not null)
        {
            builder.Services.AddSingleton(startDemo);
        }

        builder.Services.AddSingleton<Actions.CrawlAction>();
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Telemetry.PipelineMeter.Name).AddPrometheusExporter());
        builder.Services.AddSingleton(services => new Telemetry.StoreGauges(archive.Stores, archive.IndexedSequence, archive.TimeProvider, services.GetRequiredService<ILogger<Telemetry.StoreGauges>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<Telemetry.StoreGauges>());
        if (settings.Store.IsPostgres)
        {
            // On SQLite the runs index what they store in this same directory; a node on a shared store follows it.
            builder.Services.AddSingleton(services => new Indexing.IndexFollower(archive.Articles, archive.Data.IndexPath, settings.Serve.IndexFollowInterval, archive.TimeProvider, services.GetRequiredService<ILogger<Indexing.IndexFollower>>()));
            builder.Services.AddHostedService(services => services.GetRequiredService<Indexing.IndexFollower>());
        }

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            // Vietnamese stays readable; the HTML-significant characters are still escaped in case a client embeds the JSON.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            options.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new() { Title = "Pipeline API", Version = "v1", Description = "Search, articles, trends and status of the Pipeline archive of Vietnamese health cooperation news." };
            return Task.CompletedTask;
        }));
        if (web.RateLimitPerMinute > 0)
        {
            builder.Services.AddRateLimiter(options => ConfigureRateLimiter(options, web.RateLimitPerMinute));
        }

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteErrorAsync, StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
        app.Use((context, next) =>
        {
            SecurityHeaders.Apply(context.Response);
            return next(context);
        });
        app.UseHeadAsGet();
        // Routing runs after the HEAD rewrite, so that every GET endpoint answers HEAD too.
        app.UseRouting();
        if (web.RateLimitPerMinute > 0)
        {
            app.UseRateLimiter();
        }

        StaticEndpoints.Map(app);
        PageEndpoints.Map(app, web.EnableActions);
        FeedEndpoints.Map(app);
        ApiEndpoints.Map(app);
        TrendEndpoints.Map(app);
        NetworkEndpoints.Map(app);
        MapEndpoints.Map(app);
        CitationEndpoints.Map(app);
        ArchiveEndpoints.Map(app);
        if (web.EnableActions)
        {
            ActionEndpoints.Map(app, web.ActionToken!);
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        // Prometheus text at /metrics: counts and host names, no content; restrict it in the reverse proxy if the app is public.
        app.MapPrometheusScrapingEndpoint();
        app.Lifetime.ApplicationStopped.Register(archive.Dispose);
        return app;
    }

    private static void ConfigureRateLimiter(RateLimiterOptions options, int perMinute)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // One window per client address: behind a reverse proxy every client shares the proxy's address.
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
        options.OnRejected = async (context, cancellationToken) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var response = context.HttpContext.Response;
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            response.ContentType = HtmlResults.ContentType;
            await response.WriteAsync(Layout.Message("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu trong một phút. Hãy chờ một lát rồi thử lại."), cancellationToken);
        };
    }

    private static async Task WriteErrorAsync(HttpContext context)
    {
        // Never the exception's text: it could carry crawled content or paths. The log has the detail.
        context.Response.ContentType = HtmlResults.ContentType;
        await context.Response.WriteAsync(Layout.Message("Lỗi máy chủ", "Đã có lỗi khi xử lý yêu cầu. Hãy thử lại; nếu lỗi còn, báo cho quản trị viên."), context.RequestAborted);
    }
}
