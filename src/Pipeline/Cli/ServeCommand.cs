using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Sources;
using Pipeline.Web;

namespace Pipeline.Cli;

/// <summary><c>pipeline serve [--urls http://127.0.0.1:5080]</c>: the web app for researchers, read-only unless actions are enabled.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, separated by ';' (default Web:Urls, http://127.0.0.1:5080).", HelpName = "URL" };
        var command = new Command("serve", "Serve the archive in a browser: search with facets, articles with their facts, trends, status, Atom feeds and a JSON API.") { urls };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                // --urls is a setting like any other: it is validated with the rest, and wins over Web:Urls.
                var flags = parseResult.GetValue(urls) is { } given ? new Dictionary<string, string?>(StringComparer.Ordinal) { ["Web:Urls"] = given } : null;
                await using var services = CommandServices.Create(context, parseResult, flags);
                var settings = services.GetRequiredService<Configuration.PipelineSettings>();
                await using var app = await WebServer.CreateAsync(services, logging => logging
                    .SetMinimumLevel(settings.LogLevel)
                    .AddFilter("Microsoft", LogLevel.Warning)
                    .AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information)
                    .AddSimpleConsole(options => options.SingleLine = true)
                    .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace), DemoSiteOutlets.Starter(services.GetRequiredService<Storage.ProductData>()), cancellationToken);
                try
                {
                    await app.StartAsync(cancellationToken);
                }
                catch (IOException ex)
                {
                    await context.Error.WriteLineAsync($"error: cannot listen on {settings.Web.Urls} ({ex.Message}); pass --urls with a free address or set Web:Urls.");
                    return ExitCodes.Failure;
                }

                await context.Out.WriteLineAsync($"Pipeline đang phục vụ {settings.DataDir} tại {string.Join(", ", app.Urls)} ({(settings.Web.EnableActions ? "thao tác thay đổi dữ liệu: bật" : "chỉ đọc")}). Ctrl+C để dừng.");
                await context.Out.FlushAsync(CancellationToken.None);
                // Ctrl+C or SIGTERM (the command's token), or the host's own console handling: the normal end of a server.
                var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (cancellationToken.Register(() => stopping.TrySetResult()))
                using (app.Lifetime.ApplicationStopping.Register(() => stopping.TrySetResult()))
                {
                    await stopping.Task;
                }

                await app.StopAsync(CancellationToken.None);
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
