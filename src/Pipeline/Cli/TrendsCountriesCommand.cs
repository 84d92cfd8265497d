using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Charts;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline trends countries [--from DATE] [--to DATE] [--cooperation-only] [--top N] [--format table|csv|json]
/// [--chart FILE.svg|FILE.png]</c>: partner countries by topic.
/// </summary>
internal static class TrendsCountriesCommand
{
    public static Command Create(CliContext context)
    {
        var from = TrendCli.From();
        var to = TrendCli.To();
        var cooperation = TrendCli.CooperationOnly();
        var top = TrendCli.Top("countries");
        var output = new TrendOutput();
        var chart = TrendCli.Chart();
        var command = new Command("countries", "Partner countries by topic: articles with a partner from each country, per topic (stacked bars with --chart).")
        {
            from, to, cooperation, top, output.Format, output.Json, output.Bom, output.Out, chart,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var filter = TrendCli.Filter(parseResult, from, to, cooperation);
                await using var services = CommandServices.Create(context, parseResult);
                var (service, store) = await TrendCli.OpenAsync(services, cancellationToken);
                var matrix = await service.CountryTopicsAsync(filter, parseResult.GetValue(top), cancellationToken);
                await TrendsCommand.WarnUnreadableAsync(context, store);
                await output.WriteAsync(
                    context,
                    parseResult,
                    () => matrix,
                    () => TrendCsv.CountryTopics(matrix),
                    () => Render(context.Console, matrix),
                    cancellationToken);

                if (parseResult.GetValue(chart) is { } path)
                {
                    await TrendCli.ChartAsync(context, path, p => TrendChart.Save(matrix, p));
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, CountryTopicMatrix matrix)
    {
        var table = new Table().Title("Partner countries by topic").AddColumns("Country", "Articles");
        foreach (var topic in matrix.Topics)
        {
            table.AddColumn(new TableColumn(Markup.Escape(topic.Label)).RightAligned());
        }

        foreach (var country in matrix.Countries)
        {
            var cells = new List<string> { Markup.Escape($"{country.Label} ({country.Key})"), country.Articles.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(matrix.Topics.Select(t => (matrix.Cells.FirstOrDefault(c => c.CountryCode == country.Key && c.Topic == t.Key)?.Articles ?? 0).ToString(CultureInfo.InvariantCulture)));
            table.AddRow(cells.ToArray());
        }

        console.Write(table);
        if (matrix.OmittedCountries > 0)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[dim]{0} more countr(ies) left out; raise --top to see them.[/]", matrix.OmittedCountries);
        }
    }
}
