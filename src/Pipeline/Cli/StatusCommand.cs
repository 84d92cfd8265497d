using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Output;
using Pipeline.Status;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline status [--check] [--json]</c>: next scheduled run, last run, store and index health. With
/// <c>--check</c> the exit code is 1 when the last run failed or was interrupted, or the index lags the store or
/// cannot be opened: for monitoring.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var check = new Option<bool>("--check") { Description = "Exit 1 when the last run failed or was interrupted, or the index lags the store (for monitoring)." };
        var json = GlobalOptions.Json();
        var command = new Command("status", "Show the next scheduled run, the last run, and the health of the store and the index.") { check, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var status = await services.GetRequiredService<StatusReader>().ReadAsync(cancellationToken);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(status));
                }
                else
                {
                    Render(context.Console, status);
                }

                return parseResult.GetValue(check) && !status.Healthy ? ExitCodes.Failure : ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, PipelineStatus status)
    {
        var table = new Table().AddColumns("What", "State");
        var schedule = status.Schedule;
        table.AddRow("Next run", Markup.Escape(schedule.NextRun is { } next ? Time(next) : "none")
            + Markup.Escape(string.Create(CultureInfo.InvariantCulture, $" ('{schedule.Cron}', {schedule.TimeZone}") + (schedule.Stored ? ")" : "; no daemon has stored it yet)")));
        table.AddRow("Run in progress", status.RunInProgress ? "yes" : "no");
        table.AddRow("Last run", status.LastRun is { } last
            ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"#{last.Id} ({last.Kind}, {last.FiredBy ?? "-"}, node {last.Node ?? "-"}) {last.Status}, started {Time(last.StartedAt, status.CheckedAt.Offset)}: {last.New} new, {last.Failed} failed, {last.Analyzed} analysed, {last.Indexed} indexed"))
            : "none");
        table.AddRow("This node", Markup.Escape(status.Node ?? "-"));
        foreach (var node in status.Nodes ?? [])
        {
            table.AddRow("Node " + Markup.Escape(node.Name), Markup.Escape(NodeDescription.Of(node, status.CheckedAt.Offset)));
        }

        table.AddRow("Store", string.Create(CultureInfo.InvariantCulture, $"{status.Store.Articles} articles, sequence {status.Store.Sequence}"));
        table.AddRow("Index", status.Index.Error is { } error
            ? "[red]" + Markup.Escape(error) + "[/]"
            : string.Create(CultureInfo.InvariantCulture, $"{status.Index.Documents} documents, sequence {status.Index.Sequence}, lag {status.Index.Lag}"));
        console.Write(table);
        if (status.Healthy)
        {
            console.MarkupLine("[green]Healthy.[/]");
        }

        foreach (var problem in status.Problems)
        {
            console.MarkupLine("[red]Problem:[/] " + Markup.Escape(problem));
        }
    }

    private static string Time(DateTimeOffset value, TimeSpan? offset = null) =>
        (offset is { } o ? value.ToOffset(o) : value).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
