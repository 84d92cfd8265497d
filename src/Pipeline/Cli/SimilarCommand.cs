using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Composition;
using Pipeline.Indexer.Search;
using Pipeline.Output;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary><c>pipeline similar &lt;id&gt; [--limit N] [--json]</c>: articles like a given one (MoreLikeThis).</summary>
internal static class SimilarCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The article id (as search results show it)." };
        var limit = new Option<int>("--limit") { Description = "How many (1-50).", DefaultValueFactory = _ => 5 };
        limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 50) { r.AddError("--limit must be between 1 and 50."); } });
        var json = GlobalOptions.Json();
        var command = new Command("similar", "Articles similar to a given one, by the words of its title and text.") { id, limit, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                services.GetRequiredService<DataDirectory>().RequireExisting();
                using var searcher = services.GetRequiredService<IndexSearchers>().Open();
                var articleId = parseResult.GetValue(id)!;
                if (!searcher.Contains(articleId))
                {
                    await context.Error.WriteLineAsync($"error: there is no article '{articleId}' in the index; ids are shown by pipeline search --json.");
                    return ExitCodes.Failure;
                }

                var hits = searcher.Similar(articleId, parseResult.GetValue(limit));
                var results = new SearchResults(hits.Count, 0, hits, new Dictionary<string, IReadOnlyDictionary<string, int>>());
                if (parseResult.GetValue(json))
                {
                    context.Out.WriteLine(Json.Serialize(new { total = hits.Count, hits }));
                }
                else
                {
                    SearchCommand.Render(context.Console, results);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
