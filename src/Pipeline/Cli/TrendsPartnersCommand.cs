using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline trends partners [--from DATE] [--to DATE] [--cooperation-only] [--top N] [--format table|csv|json]</c>.</summary>
internal static class TrendsPartnersCommand
{
    public static Command Create(CliContext context)
    {
        var from = TrendCli.From();
        var to = TrendCli.To();
        var cooperation = TrendCli.CooperationOnly();
        var top = TrendCli.Top("partners");
        var output = new TrendOutput();
        var command = new Command("partners", "The foreign partners named in the most articles: first and last seen, countries, topics and the Vietnamese parties named with them.")
        {
            from, to, cooperation, top, output.Format, output.Json, output.Bom, output.Out,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var filter = TrendCli.Filter(parseResult, from, to, cooperation);
                await using var services = CommandServices.Create(context, parseResult);
                var (service, store) = await TrendCli.OpenAsync(services, cancellationToken);
                var partners = await service.PartnersAsync(filter, parseResult.GetValue(top), cancellationToken);
                await TrendsCommand.WarnUnreadableAsync(context, store);
                await output.WriteAsync(
                    context,
                    parseResult,
                    () => new { filter, partners },
                    () => TrendCsv.Partners(partners),
                    () => Render(context.Console, partners),
                    cancellationToken);

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, IReadOnlyList<PartnerTrend> partners)
    {
        var table = new Table().Title("Top partners").AddColumns("Partner", "Country", "Articles", "First seen", "Last seen", "Topics", "With (Vietnamese parties)");
        foreach (var p in partners)
        {
            table.AddRow(
                Markup.Escape($"{p.Name} ({p.Key})"),
                Markup.Escape(string.Join(", ", p.Countries.Select(c => c.Label))),
                p.Articles.ToString(CultureInfo.InvariantCulture),
                TrendCli.Day(p.FirstSeen),
                TrendCli.Day(p.LastSeen),
                Markup.Escape(string.Join(", ", p.Topics.Take(3).Select(t => $"{t.Label} ({t.Articles})"))),
                Markup.Escape(string.Join(", ", p.Parties.Take(3).Select(t => $"{t.Label} ({t.Articles})"))));
        }

        console.Write(table);
    }
}
