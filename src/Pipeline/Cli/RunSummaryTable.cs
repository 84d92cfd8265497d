using System.Globalization;
using Pipeline.Running;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>The end-of-run table: one row per source and a total.</summary>
internal static class RunSummaryTable
{
    public static void Render(IAnsiConsole console, RunSummary summary)
    {
        var table = new Table().Title($"Run #{summary.Run.Id} ({Markup.Escape(summary.Run.Kind)}): {summary.Run.Status}")
            .AddColumns("Source", "Found", "Fetched", "New", "Upd.", "Same", "Dup.", "Skip", "Fail", "Robots", "Time");
        foreach (var source in summary.Sources)
        {
            table.AddRow(
                Markup.Escape(source.Source), N(source.Discovered), N(source.Fetched), N(source.New), N(source.Updated), N(source.Unchanged),
                N(source.Duplicates), N(source.Skipped), N(source.Failed), N(source.Blocked), Seconds(source.Elapsed));
        }

        var run = summary.Run;
        table.AddRow("[bold]Total[/]", N(run.Discovered), N(run.Fetched), N(run.New), N(run.Updated), N(run.Unchanged), N(run.Duplicates), N(run.Skipped), N(run.Failed), N(run.Blocked), Seconds(summary.Elapsed));
        table.Caption(string.Create(CultureInfo.InvariantCulture, $"Indexed this run: {run.Indexed}; index holds {summary.IndexedTotal}; store holds {summary.StoredTotal}"));
        console.Write(table);
        foreach (var (reason, count) in summary.Sources.SelectMany(s => s.FailureReasons).GroupBy(kv => kv.Key).Select(g => (g.Key, g.Sum(kv => kv.Value))))
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/] × {1}", count, Markup.Escape(reason));
        }
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture);
}
