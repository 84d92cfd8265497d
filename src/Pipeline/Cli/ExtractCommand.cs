using System.CommandLine;
using System.Globalization;
using Pipeline.Crawler.Extraction;
using Pipeline.Crawler.Fetching;
using Pipeline.Output;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline extract &lt;file.html|-&gt; [--url URL] [--json]</c>: the article record of one page.</summary>
internal static class ExtractCommand
{
    /// <summary>Input read at most, after decompression: the crawler's body limit.</summary>
    private static readonly int MaxInputBytes = new FetcherOptions().MaxBodyBytes;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "An HTML file (.html or .html.gz), or - for standard input." };
        var url = new Option<string?>("--url") { Description = "The page's address (resolves relative links, dates in the address).", HelpName = "URL" };
        var json = GlobalOptions.Json();
        var command = new Command("extract", "Extract the article record (title, lead, dates, authors, main text) from one HTML page.") { file, url, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var path = parseResult.GetValue(file)!;
                var (bytes, truncated) = path == "-" ? await ReadStdinAsync(cancellationToken) : await ReadFileAsync(path, cancellationToken);
                if (truncated)
                {
                    await context.Error.WriteLineAsync($"warning: {(path == "-" ? "the input" : path)} is larger than {MaxInputBytes / 1024 / 1024} MiB (uncompressed); only the first {MaxInputBytes / 1024 / 1024} MiB were read, as the crawler cuts long bodies.");
                }

                var decoded = CharsetDecoder.Decode(bytes, null, truncated);
                var address = parseResult.GetValue(url);
                Uri pageUri;
                if (address is null)
                {
                    pageUri = new Uri("https://localhost/");
                }
                else if (!Uri.TryCreate(address, UriKind.Absolute, out pageUri!))
                {
                    await context.Error.WriteLineAsync($"error: --url '{address}' is not an absolute address.");
                    return ExitCodes.Usage;
                }

                var article = new ArticleExtractor().Extract(decoded.Text, pageUri);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(ToJson(article, decoded.Decision)));
                }
                else
                {
                    Render(context.Console, article);
                }

                return article.IsArticle ? ExitCodes.Ok : ExitCodes.Failure;
            },
            cancellationToken));
        return command;
    }

    /// <summary>
    /// The JSON shape of the issue: url, canonicalUrl, title, lead, published, dateSource, modified, authors, section,
    /// language, text, paragraphs, isArticle, reason; then how the file was decoded (charset: declared, used, reason, replaced).
    /// </summary>
    public static object ToJson(ExtractedArticle article, CharsetDecision charset) => new
    {
        url = article.Url.AbsoluteUri,
        canonicalUrl = article.CanonicalUrl.AbsoluteUri,
        title = article.Title,
        lead = article.Lead,
        published = article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        dateSource = article.DateSource is { } source ? new { published = source.Published, reason = source.Reason } : null,
        modified = article.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        authors = article.Authors,
        section = article.Section,
        tags = article.Tags,
        images = article.Images.Select(i => new { url = i.Url.AbsoluteUri, caption = i.Caption }),
        language = article.Language,
        outlet = article.OutletName,
        text = article.Text,
        paragraphs = article.Paragraphs.Select(p => new { text = p.Text, kind = p.Kind.ToString().ToLowerInvariant() }),
        isArticle = article.IsArticle,
        reason = article.Reason,
        charset = new { declared = charset.Declared, used = charset.Used, reason = charset.Reason, replaced = charset.ReplacedCharacters },
    };

    private static void Render(IAnsiConsole console, ExtractedArticle article)
    {
        if (!article.IsArticle)
        {
            console.MarkupLine($"[yellow]Not an article:[/] {Markup.Escape(article.Reason ?? string.Empty)}");
        }

        console.MarkupLine($"[bold]{Markup.Escape(article.Title)}[/]");
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{article.Published:yyyy-MM-dd HH:mm zzz} | {Markup.Escape(string.Join(", ", article.Authors))} | {Markup.Escape(article.OutletName ?? string.Empty)}[/]"));
        console.WriteLine();
        console.WriteLine(article.Text);
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"There is no file {Path.GetFullPath(path)}.");
        }

        // A .html.gz is inflated only up to the limit: a gzip bomb stops there, as it does over HTTP.
        return await BodyLimit.ReadInflatedAsync(File.OpenRead(path), MaxInputBytes, cancellationToken);
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadStdinAsync(CancellationToken cancellationToken)
    {
        await using var input = Console.OpenStandardInput();
        return await BodyLimit.ReadAsync(input, MaxInputBytes, cancellationToken);
    }
}
