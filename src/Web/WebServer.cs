using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Sources;

namespace Pipeline.Web;

/// <summary>The web app as the host starts it: the archive opened, the app built over it.</summary>
public static class WebServer
{
    /// <summary>Opens the archive of <paramref name="settings"/> and builds the app; start it with <c>StartAsync</c> or <c>RunAsync</c>.</summary>
    /// <param name="settings">Validated settings; <c>Web</c> says where to listen and how much to allow.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="configureLogging">Where logs go; null for none.</param>
    /// <param name="startDemo">Starts the demo site when the scheduled sources name it; null where none is available.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>The app, which owns the archive; dispose it to close both.</returns>
    public static async Task<WebApplication> CreateAsync(PipelineSettings settings, TimeProvider timeProvider, Action<ILoggingBuilder>? configureLogging = null, DemoOutletsStarter? startDemo = null, CancellationToken cancellationToken = default)
    {
        var archive = await WebArchive.OpenAsync(settings, timeProvider, cancellationToken);
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
