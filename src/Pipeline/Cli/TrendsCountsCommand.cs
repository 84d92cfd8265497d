using System.CommandLine;
using System.Globalization;
using Pipeline.Analysis.Trends;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline trends counts [--kind project|delegation|people|money] [--list] [--interval month|quarter|year]
/// [--from DATE] [--to DATE] [--cooperation-only] [--format table|csv|json]</c>: reported counts summed by kind,
/// syndicated copies counted once; <c>--list</c> shows every figure and the articles behind it.
/// </summary>
internal static class TrendsCountsCommand
{
    /// <summary>The CSV columns of the sums: the "all" rows are the totals, the others one interval each.</summary>
    public static readonly string[] SumColumns = ["period", "kind", "currency", "sum", "figures", "reports", "articles"];

    /// <summary>The CSV columns of <c>--list</c>: one row per article behind each figure (copy 0 is the first report).</summary>
    public static readonly string[] ListColumns =
        ["figure", "kind", "currency", "value", "noun", "approx", "span", "first_day", "copy", "article_id", "title", "outlet", "published", "url"];

    private static readonly Dictionary<string, string> KindNames = new(StringComparer.Ordinal)
    {
        [CountKinds.Project] = "Dự án",
        [CountKinds.Delegation] = "Đoàn",
        [CountKinds.People] = "Người",
        [CountKinds.Money] = "Tiền",
    };

    public static Command Create(CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "Only this kind: project (dự án), delegation (đoàn), people or money." };
        kind.AcceptOnlyFromAmong([.. CountKinds.Summed]);
        var list = new Option<bool>("--list") { Description = "List every figure with the articles behind it (the first report, then its syndicated copies)." };
        var interval = TrendCli.Interval();
        var from = TrendCli.From();
        var to = TrendCli.To();
        var cooperation = TrendCli.CooperationOnly();
        var output = new TrendOutput();
        var command = new Command("counts", "Reported counts summed by kind (aid projects, delegations, people, money per currency), syndicated copies counted once.")
        {
            kind, list, interval, from, to, cooperation, output.Format, output.Json, output.Bom, output.Out,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var filter = TrendCli.Filter(parseResult, from, to, cooperation);
                await using var services = CommandServices.Create(context, parseResult);
                var (service, store) = await TrendCli.OpenAsync(services, cancellationToken);
                var listing = parseResult.GetValue(list);
                var summary = await service.CountsAsync(filter, TrendCli.ParseInterval(parseResult.GetValue(interval)), listing, cancellationToken);
                if (parseResult.GetValue(kind) is { } only)
                {
                    summary = summary with
                    {
                        Totals = summary.Totals.Where(t => t.Kind == only).ToList(),
                        Periods = summary.Periods.Where(p => p.Kind == only).ToList(),
                        Figures = summary.Figures.Where(f => f.Kind == only).ToList(),
                    };
                }

                var articles = listing
                    ? (await store.ArticlesAsync(summary.Figures.SelectMany(f => f.ArticleIds).ToList(), cancellationToken)).ToDictionary(a => a.Id, StringComparer.Ordinal)
                    : [];
                await TrendsCommand.WarnUnreadableAsync(context, store);
                await output.WriteAsync(
                    context,
                    parseResult,
                    // --list adds each figure's articles next to its ids; the other names stay as they are.
                    () => listing
                        ? new
                        {
                            summary.Filter, summary.Interval, summary.Totals, summary.Periods,
                            Figures = summary.Figures.Select(f => new { f.Kind, f.Currency, f.Value, f.Noun, f.Approx, f.Span, f.FirstDay, f.ArticleIds, Articles = f.ArticleIds.Select(id => articles.GetValueOrDefault(id)).ToList() }).ToList(),
                        }
                        : summary,
                    () => listing ? ListCsv(summary, articles) : SumCsv(summary),
                    () => Render(context.Console, summary, listing ? articles : null),
                    cancellationToken);

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    public static string SumCsv(CountSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var csv = new CsvWriter(SumColumns);
        foreach (var t in summary.Totals)
        {
            csv.Row("all", t.Kind, t.Currency, t.Sum, t.Figures, t.Reports, t.Articles);
        }

        foreach (var p in summary.Periods)
        {
            csv.Row(p.Period, p.Kind, p.Currency, p.Sum, p.Figures, null, null);
        }

        return csv.ToString();
    }

    public static string ListCsv(CountSummary summary, IReadOnlyDictionary<string, ArticleRef> articles)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(articles);
        var csv = new CsvWriter(ListColumns);
        for (var f = 0; f < summary.Figures.Count; f++)
        {
            var figure = summary.Figures[f];
            for (var copy = 0; copy < figure.ArticleIds.Count; copy++)
            {
                var article = articles.GetValueOrDefault(figure.ArticleIds[copy]);
                csv.Row(f + 1, figure.Kind, figure.Currency, figure.Value, figure.Noun, figure.Approx, figure.Span, figure.FirstDay, copy, figure.ArticleIds[copy], article?.Title, article?.Outlet, article?.Published, article?.Url);
            }
        }

        return csv.ToString();
    }

    private static void Render(IAnsiConsole console, CountSummary summary, IReadOnlyDictionary<string, ArticleRef>? articles)
    {
        var table = new Table().Title("Reported counts (syndicated copies counted once)").AddColumns("Kind", "Currency", "Sum", "Figures", "Reports", "Articles");
        foreach (var t in summary.Totals)
        {
            table.AddRow(
                Markup.Escape($"{KindNames[t.Kind]} ({t.Kind})"),
                t.Currency ?? string.Empty,
                TrendCli.Number(t.Sum),
                t.Figures.ToString(CultureInfo.InvariantCulture),
                t.Reports.ToString(CultureInfo.InvariantCulture),
                t.Articles.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        if (articles is null)
        {
            console.MarkupLine("[dim]`--list` shows every figure with the articles behind it.[/]");
            return;
        }

        foreach (var figure in summary.Figures)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0} {1}[/] {2} [dim]({3}, {4} article(s))[/]",
                Markup.Escape(KindNames[figure.Kind]), Markup.Escape(TrendCli.Number(figure.Value) + (figure.Currency is null ? string.Empty : " " + figure.Currency)),
                Markup.Escape($"«{figure.Span}»"), TrendCli.Day(figure.FirstDay), figure.ArticleIds.Count);
            foreach (var id in figure.ArticleIds)
            {
                var article = articles.GetValueOrDefault(id);
                console.MarkupLine(CultureInfo.InvariantCulture, "   {0} [dim]| {1} | {2} | {3}[/]",
                    Markup.Escape(article?.Title ?? id), Markup.Escape(article?.Outlet ?? string.Empty),
                    article?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated", Markup.Escape(article?.Url ?? string.Empty));
            }
        }
    }
}
