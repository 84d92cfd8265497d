using System.CommandLine;
using System.Globalization;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Storage;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline search "&lt;query&gt;" [--limit N] [--page K] [--json]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", AND/OR/NOT; with or without diacritics." };
        var limit = new Option<int>("--limit") { Description = "Hits per page (1-100).", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 100) { r.AddError("--limit must be between 1 and 100."); } });
        var page = new Option<int>("--page") { Description = "Page number, from 1.", DefaultValueFactory = _ => 1 };
        page.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--page must be 1 or more."); } });
        var json = GlobalOptions.Json();
        var command = new Command("search", "Search the indexed articles.") { query, limit, page, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            () =>
            {
                var settings = GlobalOptions.LoadSettings(parseResult);
                var data = new DataDirectory(settings.DataDir);
                data.RequireExisting();
                using var searcher = ArticleSearcher.Open(data.IndexPath);
                var results = searcher.Search(new SearchRequest(parseResult.GetValue(query) ?? string.Empty, parseResult.GetValue(limit), parseResult.GetValue(page)));
                if (parseResult.GetValue(json))
                {
                    context.Out.WriteLine(Json.Serialize(results));
                }
                else
                {
                    Render(context.Console, results);
                }

                return Task.FromResult(ExitCodes.Ok);
            },
            cancellationToken));
        return command;
    }

    public static void Render(IAnsiConsole console, SearchResults results)
    {
        console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}[/] article(s) found in {1} ms", results.Total, results.TookMs);
        var rank = 0;
        foreach (var hit in results.Hits)
        {
            console.WriteLine();
            console.MarkupLine(CultureInfo.InvariantCulture, "[bold]{0}. {1}[/]", ++rank, Markup.Escape(hit.Title));
            console.MarkupLine(CultureInfo.InvariantCulture, "   [dim]{0} | {1} | {2}[/]", Markup.Escape(hit.Outlet), hit.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "undated", Markup.Escape(hit.Url));
            console.MarkupLine("   " + SnippetMarkup.ToMarkup(hit.Snippet));
        }
    }
}
