using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using Pipeline.Composition;
using Pipeline.Configuration;
using Pipeline.Scheduling;
using Pipeline.Storage;

namespace Pipeline.Daemon;

/// <summary>
/// The daemon: a generic host with Kestrel on 127.0.0.1 (for <c>/healthz</c>) and Quartz. SIGTERM and Ctrl+C stop
/// it: the running job is cancelled (fetching stops after the pages in flight), commits and records itself,
/// then the process exits, within <see cref="ScheduleOptions.StopGrace"/> plus <see cref="StopMargin"/>.
/// </summary>
internal sealed class DaemonHost : IAsyncDisposable
{
    /// <summary>Time for Quartz, Kestrel and the process to wind down after the run's grace.</summary>
    public static readonly TimeSpan StopMargin = TimeSpan.FromSeconds(10);

    private readonly WebApplication app;

    private DaemonHost(WebApplication app) => this.app = app;

    /// <summary>The health address, once started.</summary>
    public Uri? HealthUri { get; private set; }

    public static async Task<DaemonHost> CreateAsync(PipelineSettings settings, DaemonOptions options, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        var data = new DataDirectory(settings.DataDir);
        data.EnsureExists();
        // Migrations (the Quartz tables among them) run here, before Quartz checks its schema.
        var connection = new StoreConnection(settings, data, timeProvider);
        var stores = await connection.OpenAsync(StoreAccess.Create, cancellationToken);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = ProductData.ApplicationDirectory });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(settings.LogLevel)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("Quartz", settings.LogLevel < LogLevel.Information ? LogLevel.Information : settings.LogLevel)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            })
            // Standard output carries the daemon's own lines; logs go to standard error, as everywhere else.
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.Schedule.HealthPort));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = settings.Schedule.StopGrace + StopMargin);
        builder.Services.AddSingleton(timeProvider);
        builder.Services.AddSingleton(connection);
        builder.Services.AddPipeline(settings);
        builder.Services.AddPipelineScheduler(settings, stores, timeProvider, options);
        // The same meter as `serve`, on the health listener: a crawler node without a web app is scraped here.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(Telemetry.PipelineMeter.Name).AddPrometheusExporter());
        builder.Services.AddSingleton(services => new Telemetry.StoreGauges(stores, services.GetRequiredService<IndexSearchers>().CommittedSequence, timeProvider, services.GetRequiredService<ILogger<Telemetry.StoreGauges>>()));
        builder.Services.AddHostedService(services => services.GetRequiredService<Telemetry.StoreGauges>());
        var app = builder.Build();
        app.MapHealth();
        app.MapPrometheusScrapingEndpoint();
        return new DaemonHost(app);
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        HealthUri = address is null ? null : new Uri(new Uri(address), "/healthz");
    }

    /// <summary>Runs until a stop signal or <paramref name="cancellationToken"/>, then stops gracefully.</summary>
    /// <param name="cancellationToken">Stops the daemon.</param>
    /// <returns>A task that completes when the host has stopped.</returns>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
