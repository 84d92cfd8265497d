using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Composition;
using Pipeline.Output;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline runs [--limit N] [--json]</c>: the run history, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first.", DefaultValueFactory = _ => 20 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 10_000) { r.AddError("--limit must be between 1 and 10000."); } });
        var json = GlobalOptions.Json();
        var command = new Command("runs", "Show the run history: start, end, status, the stage reached, counts per stage, errors.") { limit, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                services.GetRequiredService<DataDirectory>().RequireExisting();
                var stores = await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Read, cancellationToken);
                var runs = await stores.Runs.ListAsync(parseResult.GetValue(limit), cancellationToken);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(runs));
                    return ExitCodes.Ok;
                }

                if (runs.Count == 0)
                {
                    context.Console.MarkupLine("No run yet.");
                    return ExitCodes.Ok;
                }

                var zone = services.GetRequiredService<Configuration.ScheduleOptions>().FindTimeZone();
                var table = new Table().AddColumns("#", "Kind", "By", "Node", "Started", "Took", "Status", "Stage", "Found", "Fetched", "New", "Upd.", "Fail", "Analysed", "Indexed", "Errors");
                foreach (var run in runs)
                {
                    table.AddRow(
                        N(run.Id), Markup.Escape(run.Kind), Markup.Escape(run.FiredBy ?? "-"), Markup.Escape(run.Node ?? "-"),
                        TimeZoneInfo.ConvertTime(run.StartedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        run.EndedAt is { } ended ? (ended - run.StartedAt).TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture) : "-",
                        Colour(run.Status), Markup.Escape(run.Stage ?? "-"),
                        N(run.Discovered), N(run.Fetched), N(run.New), N(run.Updated), N(run.Failed), N(run.Analyzed), N(run.Indexed), N(run.Errors?.Count ?? 0));
                }

                table.Caption(Markup.Escape($"Times in {zone.Id}."));
                context.Console.Write(table);
                foreach (var run in runs.Where(r => r.Message is not null && r.Status != RunStatus.Succeeded))
                {
                    context.Console.MarkupLine(CultureInfo.InvariantCulture, "  #{0} {1}: {2}", run.Id, Markup.Escape(run.Status), Markup.Escape(run.Message!));
                }

                // On PostgreSQL several nodes share the history: which are alive now, and the hosts each one crawls.
                if (stores.Nodes is { } nodes)
                {
                    var now = context.TimeProvider.GetUtcNow();
                    foreach (var node in await nodes.ListAsync(now, cancellationToken))
                    {
                        context.Console.MarkupLine(CultureInfo.InvariantCulture, "Node {0}: {1}", Markup.Escape(node.Name), Markup.Escape(NodeDescription.Of(node, zone.GetUtcOffset(now))));
                    }
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Colour(string status) => status switch
    {
        RunStatus.Succeeded => "[green]succeeded[/]",
        RunStatus.Failed or RunStatus.Interrupted => $"[red]{status}[/]",
        _ => $"[yellow]{Markup.Escape(status)}[/]",
    };
}
