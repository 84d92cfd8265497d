using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Composition;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Output.Citations;
using Pipeline.Querying;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline search "&lt;query&gt;" [--topic T] [--partner P] [--country CC] [--outlet O] [--from DATE] [--to DATE]
/// [--sort relevance|date] [--limit N] [--page K] [--format table|json|ris|bibtex|csl-json] [--json]</c>.
/// </summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", AND/OR/NOT; with or without diacritics." };
        var limit = new Option<int>("--limit") { Description = "Hits per page (1-100).", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100) { r.AddError("--limit must be between 1 and 100."); } });
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        page.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--page must be 1 or more."); } });
        var topic = new Option<string?>("--topic") { Description = "Only articles with this topic label (see data/taxonomy.json)." };
        var partner = new Option<string?>("--partner") { Description = "Only articles with this partner: its key (jica, who) or its name." };
        var country = new Option<string?>("--country") { Description = "Only articles with a partner from this country (ISO code: JP, KR, US...).", HelpName = "CC" };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet key." };
        var from = new Option<string?>("--from") { Description = $"Published on or after this date (2025-01-01, Vietnamese time; within {QueryDays.Window}).", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = $"Published on or before this date (2025-12-31, Vietnamese time; within {QueryDays.Window}).", HelpName = "DATE" };
        var sort = new Option<string>("--sort") { Description = "relevance (default) or date (newest first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var format = new Option<string>("--format")
        {
            Description = "table (default), json, or the page of hits as citations: ris (EndNote, Zotero), bibtex, csl-json.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong(["table", "json", .. CitationWriter.Names]);
        var json = GlobalOptions.Json();
        json.Description = "The same as --format json.";
        var command = new Command("search", "Search the indexed articles, with filters and facets.") { query, topic, partner, country, outlet, from, to, sort, limit, page, format, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var output = OutputFormat(parseResult.GetValue(format)!, parseResult.GetValue(json));

                // Usage errors come before any file is opened.
                var first = TrendCli.Day(parseResult.GetValue(from), "--from");
                var last = TrendCli.Day(parseResult.GetValue(to), "--to");
                if (first > last)
                {
                    throw new UsageException($"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}.");
                }

                await using var services = CommandServices.Create(context, parseResult);
                services.GetRequiredService<DataDirectory>().RequireExisting();
                using var searcher = services.GetRequiredService<IndexSearchers>().Open();
                var request = new SearchRequest(
                    parseResult.GetValue(query) ?? string.Empty,
                    parseResult.GetValue(limit),
                    parseResult.GetValue(page),
                    parseResult.GetValue(topic),
                    parseResult.GetValue(partner) is { } p ? services.GetRequiredService<QueryPartners>().Key(p) : null,
                    parseResult.GetValue(country),
                    parseResult.GetValue(outlet),
                    first is { } f ? QueryDays.StartOf(f) : null,
                    last is { } l ? QueryDays.EndOf(l) : null,
                    parseResult.GetValue(sort) == "date");
                var results = searcher.Search(request);
                if (CitationWriter.Parse(output) is { } citationFormat)
                {
                    // The index keeps neither the outlet's name nor the crawl time: the citations come from the store.
                    var stores = await services.GetRequiredService<StoreConnection>().OpenAsync(StoreAccess.Read, cancellationToken);
                    var citations = await SearchCitations.ForAsync(stores.Articles, results.Hits, cancellationToken);
                    context.Out.Write(CitationWriter.Write(citationFormat, citations));
                }
                else if (output == "json")
                {
                    context.Out.WriteLine(Json.Serialize(results));
                }
                else
                {
                    Render(context.Console, results);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    /// <summary>--json stays what it was before --format: the same as --format json, and refused beside another format.</summary>
    private static string OutputFormat(string format, bool json)
    {
        if (json && format is not ("table" or "json"))
        {
            throw new UsageException($"--json and --format {format} ask for two formats: give one.");
        }

        return json ? "json" : format;
    }

    public static void Render(IAnsiConsole console, SearchResults results)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/] article(s) found in {1} ms", results.Total, results.TookMs);
        if (results.TimedOut)
        {
            console.MarkupLine("[yellow]The search used its time budget: the figures cover the articles seen by then. Narrow the query for complete results.[/]");
        }

        var rank = 0;
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}. {1}[/]", ++rank, Markup.Escape(hit.Title));
            console.MarkupLine(CultureInfo.InvariantCulture, "   [dim]{0} | {1} | {2}[/]", Markup.Escape(hit.Outlet), hit.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "undated", Markup.Escape(hit.Url));
            if (hit.Topics.Count > 0 || hit.Partners.Count > 0)
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "   [dim]{0}{1}[/]", Markup.Escape(string.Join(", ", hit.Topics.Select(t => t.Label))), Markup.Escape(hit.Partners.Count > 0 ? " | " + string.Join(", ", hit.Partners) : string.Empty));
            }

            console.MarkupLine("   " + SnippetMarkup.ToMarkup(hit.Snippet));
        }

        foreach (var (dimension, counts) in results.Facets.Where(f => f.Value.Count > 0))
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/]: {1}", dimension, Markup.Escape(string.Join(", ", counts.Take(8).Select(c => $"{c.Key} ({c.Value})"))));
        }
    }
}
