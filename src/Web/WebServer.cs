using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Sources;

namespace Pipeline.Web;

/// <summary>The web app as the host starts it: the archive opened, the app built over it.</summary>
public static class WebServer
{
    /// <summary>Opens the archive the settings name and builds the app; start it with <c>StartAsync</c> or <c>RunAsync</c>.</summary>
    /// <param name="services">The command's container (<see cref="Composition.PipelineServiceCollectionExtensions.AddPipeline(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>): validated settings, whose <c>Web</c> says where to listen and how much to allow, and the clock.</param>
    /// <param name="configureLogging">Where logs go; null for none.</param>
    /// <param name="startDemo">Starts the demo site when the scheduled sources name it; null where none is available.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>The app, which owns the archive; dispose it to close both.</returns>
    public static async Task<WebApplication> CreateAsync(IServiceProvider services, Action<ILoggingBuilder>? configureLogging = null, DemoOutletsStarter? startDemo = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.GetRequiredService<PipelineSettings>();
        var archive = await WebArchive.OpenAsync(services, cancellationToken);
        try
        {
            return WebApp.Create(settings, archive, configureLogging, startDemo);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }
}
