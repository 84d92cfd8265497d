using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline trends partners [--from DATE] [--to DATE] [--cooperation-only] [--top N] [--format table|csv|json]</c>.</summary>
internal static class TrendsPartnersCommand
{
    /// <summary>The CSV columns; lists are "key:articles" joined with ";".</summary>
    public static readonly string[] Columns = ["key", "name", "kind", "articles", "first_seen", "last_seen", "countries", "topics", "parties"];

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
                var (service, store) = await TrendCli.OpenAsync(parseResult, context, cancellationToken);
                var partners = await service.PartnersAsync(filter, parseResult.GetValue(top), cancellationToken);
                await TrendsCommand.WarnUnreadableAsync(context, store);
                await output.WriteAsync(
                    context,
                    parseResult,
                    () => new { filter, partners },
                    () => ToCsv(partners),
                    () => Render(context.Console, partners),
                    cancellationToken);

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    public static string ToCsv(IReadOnlyList<PartnerTrend> partners)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var csv = new CsvWriter(Columns);
        foreach (var p in partners)
        {
            csv.Row(p.Key, p.Name, p.Kind, p.Articles, p.FirstSeen, p.LastSeen, List(p.Countries), List(p.Topics), List(p.Parties));
        }

        return csv.ToString();
    }

    private static string List(IReadOnlyList<LabelCount> counts) =>
        string.Join(";", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Articles}")));

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
