using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Configuration;
using Pipeline.Daemon;
using Pipeline.Scheduling;
using Pipeline.Sources;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline schedule [--run-now] [--sources FILE] [--source NAME]...</c>: the nightly daemon. Runs until SIGTERM
/// or Ctrl+C; exit code 0 after a clean stop, 1 when the run in progress could not finish within the stop grace.
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create(CliContext context)
    {
        var runNow = new Option<bool>("--run-now") { Description = "Also start one run right away, besides the schedule." };
        var sourcesFile = new Option<string?>("--sources") { Description = "Sources file (default: Schedule:SourcesFile, else the bundled data/sources.json).", HelpName = "FILE" };
        var sourceNames = new Option<string[]>("--source") { Description = "Crawl only these sources each night (repeatable; default: Schedule:Sources, else all).", HelpName = "NAME" };
        var command = new Command("schedule", "Run the nightly daemon: Quartz fires crawl, analysis and indexing on the cron schedule (default 02:00 Asia/Ho_Chi_Minh); /healthz on 127.0.0.1.")
        {
            runNow, sourcesFile, sourceNames,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var settings = services.GetRequiredService<PipelineSettings>();
                if (parseResult.GetValue(sourcesFile) is { } file)
                {
                    settings.Schedule.SourcesFile = Path.GetFullPath(file);
                }

                if (parseResult.GetValue(sourceNames) is { Length: > 0 } names)
                {
                    settings.Schedule.Sources = [.. names];
                }

                // Checked now, not at 02:00: a bad sources file stops the daemon at start.
                var definitions = SourcesFile.Load(settings.Schedule.SourcesFile ?? services.GetRequiredService<ProductData>().SourcesFile);
                var unknown = SourceSelection.UnknownNames(definitions, settings.Schedule.Sources);
                if (unknown.Count > 0)
                {
                    await context.Error.WriteLineAsync($"error: unknown source(s) {string.Join(", ", unknown)}; known: {string.Join(", ", definitions.Select(d => d.Name))}");
                    return ExitCodes.Usage;
                }

                settings.DataDir = Path.GetFullPath(settings.DataDir);
                await using var daemon = await DaemonHost.CreateAsync(settings, new DaemonOptions(parseResult.GetValue(runNow)), context.TimeProvider, cancellationToken);
                try
                {
                    await daemon.StartAsync(cancellationToken);
                }
                catch (IOException ex)
                {
                    // Kestrel could not bind: say which setting moves it rather than printing a stack trace.
                    await context.Error.WriteLineAsync($"error: /healthz cannot listen on 127.0.0.1:{settings.Schedule.HealthPort} ({ex.Message}); set Schedule:HealthPort to a free port, or 0 for any.");
                    return ExitCodes.Failure;
                }

                var schedule = new CrawlSchedule(settings.Schedule, context.TimeProvider);
                var next = schedule.NextStart() is { } start ? schedule.Local(start).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) : "never";
                await context.Out.WriteLineAsync($"Daemon started on {settings.DataDir}: next run {next} ('{schedule.Cron}', {schedule.TimeZone.Id}); health {daemon.HealthUri}; Ctrl+C or SIGTERM stops.");
                await context.Out.FlushAsync(CancellationToken.None);
                try
                {
                    await daemon.WaitForShutdownAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is AggregateException or OperationCanceledException)
                {
                    await context.Error.WriteLineAsync($"error: the daemon did not stop cleanly within {settings.Schedule.StopGrace + DaemonHost.StopMargin}: {ex.Message}");
                    return ExitCodes.Failure;
                }

                await context.Out.WriteLineAsync("Daemon stopped.");
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
