using System.CommandLine;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Configuration;
using Pipeline.Crawler.Crawling;
using Pipeline.Crawler.Fetching;
using Pipeline.Crawler.Urls;
using Pipeline.Output;
using Pipeline.Running;
using Pipeline.Sources;
using Pipeline.Storage;
using Pipeline.Topics;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline crawl [--source NAME]... [--max-pages N]</c>: one incremental run over the configured sources, then indexing;
/// <c>pipeline crawl --feed URL --sitemap URL [--article-pattern REGEX] [--allow-private]</c>: an ad-hoc run.
/// </summary>
internal static class CrawlCommand
{
    public static Command Create(CliContext context)
    {
        var sourceNames = new Option<string[]>("--source") { Description = "Crawl only these sources (repeatable); default: every source in the sources file.", HelpName = "NAME" };
        var maxPages = new Option<int?>("--max-pages") { Description = "Article pages fetched per source at most in this run." };
        maxPages.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1) { r.AddError("--max-pages must be 1 or more."); } });
        var feeds = new Option<string[]>("--feed") { Description = "Ad-hoc run: an RSS or Atom feed (repeatable).", HelpName = "URL" };
        var sitemaps = new Option<string[]>("--sitemap") { Description = "Ad-hoc run: a sitemap (repeatable).", HelpName = "URL" };
        var pattern = new Option<string?>("--article-pattern") { Description = "Ad-hoc run: a regular expression article addresses must match.", HelpName = "REGEX" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Ad-hoc run: allow loopback and private-network targets (refused by default)." };
        var sourcesFile = new Option<string?>("--sources") { Description = "Sources file (default: the bundled data/sources.json).", HelpName = "FILE" };
        var once = new Option<bool>("--once") { Description = "One run and exit (the default; for cron users and the systemd timer)." };
        var json = GlobalOptions.Json();
        var command = new Command("crawl", "Crawl the configured sources once, incrementally: discover, fetch politely, extract, store, index.")
        {
            sourceNames, maxPages, feeds, sitemaps, pattern, allowPrivate, sourcesFile, once, json,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                await using var services = CommandServices.Create(context, parseResult);
                var settings = services.GetRequiredService<PipelineSettings>();
                if (parseResult.GetValue(maxPages) is { } limit)
                {
                    settings.Crawl.MaxPagesPerSource = limit;
                }

                var adHocFeeds = parseResult.GetValue(feeds) ?? [];
                var adHocSitemaps = parseResult.GetValue(sitemaps) ?? [];
                IReadOnlyList<CrawlSource> sources;
                SourceSelection? selection = null;
                try
                {
                    if (adHocFeeds.Length + adHocSitemaps.Length > 0)
                    {
                        if (AdHoc(adHocFeeds, adHocSitemaps, parseResult.GetValue(pattern), parseResult.GetValue(allowPrivate), context) is not { } adHoc)
                        {
                            return ExitCodes.Usage;
                        }

                        sources = [adHoc];
                    }
                    else
                    {
                        var definitions = SourcesFile.Load(parseResult.GetValue(sourcesFile) ?? services.GetRequiredService<ProductData>().SourcesFile);
                        var wanted = parseResult.GetValue(sourceNames) ?? [];
                        var unknown = SourceSelection.UnknownNames(definitions, wanted);
                        if (unknown.Count > 0)
                        {
                            await context.Error.WriteLineAsync($"error: unknown source(s) {string.Join(", ", unknown)}; known: {string.Join(", ", definitions.Select(d => d.Name))}");
                            return ExitCodes.Usage;
                        }

                        selection = await SourceSelection.StartAsync(definitions, wanted, DemoSiteOutlets.Starter(services.GetRequiredService<ProductData>()), cancellationToken);
                        sources = selection.Sources;
                    }

                    var runner = new PipelineRunner(settings, services.GetRequiredService<ILoggerFactory>(), context.TimeProvider, services.GetRequiredService<TopicClassifierCache>());
                    var asJson = parseResult.GetValue(json);
                    var summary = await CrawlProgressDisplay.RunAsync(context.Console, !asJson, progress =>
                        runner.RunAsync("crawl", sources, selection?.HostOverrides, progress, cancellationToken));
                    if (asJson)
                    {
                        await context.Out.WriteLineAsync(Json.Serialize(summary));
                    }
                    else
                    {
                        RunSummaryTable.Render(context.Console, summary);
                    }

                    return ExitCodes.Ok;
                }
                finally
                {
                    if (selection is not null)
                    {
                        await selection.DisposeAsync();
                    }
                }
            },
            cancellationToken));
        return command;
    }

    private static CrawlSource? AdHoc(string[] feeds, string[] sitemaps, string? pattern, bool allowPrivate, CliContext context)
    {
        var urls = new List<Uri>();
        foreach (var text in feeds.Concat(sitemaps))
        {
            if (!UrlCanonicalizer.TryCanonicalize(text, null, out var url))
            {
                context.Error.WriteLine($"error: '{text}' is not an absolute http(s) address.");
                return null;
            }

            if (!allowPrivate && IsPrivateTarget(url))
            {
                context.Error.WriteLine($"error: {url.Host} is a loopback or private-network target; pass --allow-private to crawl it.");
                return null;
            }

            urls.Add(url);
        }

        if (pattern is not null)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException ex)
            {
                context.Error.WriteLine($"error: --article-pattern is not a valid regular expression: {ex.Message}");
                return null;
            }
        }

        var name = "adhoc-" + urls[0].Host.Replace('.', '-');
        return new CrawlSource(name, urls.Take(feeds.Length).ToList(), urls.Skip(feeds.Length).ToList(), pattern, null, allowPrivate);
    }

    private static bool IsPrivateTarget(Uri url) =>
        url.IsLoopback
        || url.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && NetworkAddressPolicy.IsPrivateOrSpecial(address));
}
