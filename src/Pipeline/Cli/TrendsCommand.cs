using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Output;
using Pipeline.Querying;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline trends --by topic|country|partner|outlet [--interval month|quarter|year] [--from DATE] [--to DATE]
/// [--cooperation-only] [--top N] [--format table|csv|json] [--chart FILE.svg|FILE.png] [--stacked]</c>, with the
/// subcommands <c>partners</c>, <c>countries</c> and <c>counts</c>.
/// </summary>
internal static class TrendsCommand
{
    public static Command Create(CliContext context)
    {
        var by = new Option<string>("--by") { Description = "topic (default), country, partner or outlet.", DefaultValueFactory = _ => "topic" };
        by.AcceptOnlyFromAmong("topic", "country", "partner", "outlet");
        var interval = TrendCli.Interval();
        var from = TrendCli.From();
        var to = TrendCli.To();
        var cooperation = TrendCli.CooperationOnly();
        var top = TrendCli.Top("values (topics, countries, partners or outlets)");
        var output = new TrendOutput();
        var chart = TrendCli.Chart();
        var stacked = new Option<bool>("--stacked") { Description = "Draw the chart as stacked bars per interval instead of lines." };
        var command = new Command(
            "trends",
            "Articles per interval and topic, partner country, partner or outlet, with the share of cooperation articles; subcommands for top partners, countries by topic and reported counts. "
            + $"Days lie within {QueryDays.Window}; a series covers at most {TrendSpan.MaxIntervals} intervals (an open --from or --to runs to the first or last dated article), and a wider range exits with code 2.")
        {
            by, interval, from, to, cooperation, top, output.Format, output.Json, output.Bom, output.Out, chart, stacked,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var filter = TrendCli.Filter(parseResult, from, to, cooperation);
                var width = TrendCli.ParseInterval(parseResult.GetValue(interval));
                TrendCli.RequireSpan(filter, width);
                await using var services = CommandServices.Create(context, parseResult);
                var (service, store) = await TrendCli.OpenAsync(services, cancellationToken);
                var dimension = Enum.Parse<TrendDimension>(parseResult.GetValue(by)!, ignoreCase: true);
                var series = TrendCli.Bounded(await service.SeriesAsync(dimension, width, filter, parseResult.GetValue(top), cancellationToken));
                await WarnUnreadableAsync(context, store);
                await output.WriteAsync(
                    context,
                    parseResult,
                    () => series,
                    () => TrendCsv.Series(series),
                    () => Render(context.Console, series),
                    cancellationToken);

                if (parseResult.GetValue(chart) is { } path)
                {
                    await TrendCli.ChartAsync(context, path, p => TrendChart.Save(series, parseResult.GetValue(stacked), p));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        command.Subcommands.Add(TrendsPartnersCommand.Create(context));
        command.Subcommands.Add(TrendsCountriesCommand.Create(context));
        command.Subcommands.Add(TrendsCountsCommand.Create(context));
        return command;
    }

    public static async Task WarnUnreadableAsync(CliContext context, Storage.ITrendStore store)
    {
        if (store.Unreadable > 0)
        {
            await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"warning: {store.Unreadable} article(s) have facts that cannot be read and are left out; `pipeline reindex --reanalyze` rewrites them."));
        }
    }

    private static void Render(IAnsiConsole console, TrendSeries series)
    {
        var table = new Table().Title(Markup.Escape($"Articles per {series.Interval.ToString().ToLowerInvariant()} by {series.Dimension.ToString().ToLowerInvariant()}"))
            .AddColumns("Interval", "Articles", "Cooperation");
        foreach (var line in series.Lines)
        {
            table.AddColumn(new TableColumn(Markup.Escape(line.Label)).RightAligned());
        }

        for (var i = 0; i < series.Periods.Count; i++)
        {
            var p = series.Periods[i];
            var cells = new List<string> { p.Key, p.Articles.ToString(CultureInfo.InvariantCulture), TrendCli.Share(p.CooperationShare) };
            cells.AddRange(series.Lines.Select(l => l.Articles[i].ToString(CultureInfo.InvariantCulture)));
            table.AddRow(cells.ToArray());
        }

        var total = new List<string> { "[bold]total[/]", series.Periods.Sum(p => p.Articles).ToString(CultureInfo.InvariantCulture), TrendCli.Share(Share(series)) };
        total.AddRange(series.Lines.Select(l => l.Total.ToString(CultureInfo.InvariantCulture)));
        table.AddRow(total.ToArray());
        console.Write(table);
        if (series.OmittedValues > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[dim]{0} more value(s) left out; raise --top to see them.[/]", series.OmittedValues);
        }
    }

    private static double Share(TrendSeries series)
    {
        var articles = series.Periods.Sum(p => p.Articles);
        return articles == 0 ? 0 : (double)series.Periods.Sum(p => p.CooperationArticles) / articles;
    }
}
