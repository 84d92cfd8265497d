using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Composition;
using Pipeline.Configuration;
using Pipeline.Demo;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Storage;
using Pipeline.Topics;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline demo</c>: serve the bundled outlet on loopback, crawl, store, index and search it, end to end.</summary>
internal static class DemoCommand
{
    private static readonly string[] SampleQueries = ["hợp tác quốc tế", "hop tac y te"];

    public static Command Create(CliContext context)
    {
        var json = GlobalOptions.Json();
        var command = new Command("demo", "Serve the bundled demo outlet on 127.0.0.1, crawl it through its RSS feed and sitemap with the real HTTP stack, store and index the articles, and run two sample searches. Run it again: nothing new is stored.") { json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var asJson = parseResult.GetValue(json);
                await using var site = await DemoSite.StartAsync(services.GetRequiredService<ProductData>().DemoSite, cancellationToken);
                var runner = new PipelineRunner(services.GetRequiredService<PipelineSettings>(), services.GetRequiredService<ILoggerFactory>(), context.TimeProvider, services.GetRequiredService<TopicClassifierCache>());
                var summary = await CrawlProgressDisplay.RunAsync(context.Console, !asJson, progress =>
                    runner.RunAsync("demo", site.Sources, site.HostOverrides, progress, cancellationToken));

                using var searcher = services.GetRequiredService<IndexSearchers>().Open();
                var searches = SampleQueries.Select(q => (Query: q, Results: searcher.Search(new SearchRequest(q, Limit: 3)))).ToList();
                if (asJson)
                {
                    await context.Out.WriteLineAsync(Json.Serialize(new
                    {
                        site = new { articles = site.ArticleCount, endpoint = site.EndPoint.ToString() },
                        summary.Run,
                        summary.Sources,
                        storedTotal = summary.StoredTotal,
                        indexedTotal = summary.IndexedTotal,
                        elapsedMs = (long)summary.Elapsed.TotalMilliseconds,
                        searches = searches.Select(s => new { query = s.Query, s.Results.Total, s.Results.Hits }),
                    }));
                }
                else
                {
                    Render(context.Console, site, summary, searches);
                }

                return summary.Run.Failed > 0 && summary.Run.New + summary.Run.Updated + summary.Run.Unchanged == 0 ? ExitCodes.Failure : ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, DemoSite site, RunSummary summary, List<(string Query, SearchResults Results)> searches)
    {
        RunSummaryTable.Render(console, summary);
        var run = summary.Run;
        console.MarkupLine(run.New + run.Updated == 0
            ? string.Create(CultureInfo.InvariantCulture, $"[yellow]Nothing new:[/] all {site.ArticleCount} demo articles are already stored ({summary.StoredTotal} in the store, {summary.IndexedTotal} indexed).")
            : string.Create(CultureInfo.InvariantCulture, $"[green]{run.New} new article(s) stored[/], {summary.IndexedTotal} in the index."));
        foreach (var (query, results) in searches)
        {
            console.WriteLine();
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]Sample search:[/] pipeline search \"{0}\"", Markup.Escape(query));
            SearchCommand.Render(console, results);
        }
    }
}
