using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Crawler.Fetching;
using Pipeline.Output;
using Pipeline.Text;
using Pipeline.Text.Facts;
using Pipeline.Topics;
using Spectre.Console;

namespace Pipeline.Cli;

/// <summary><c>pipeline analyze [FILE|-] [--published DATE] [--json]</c>: facts of a plain UTF-8 text in the JSON shape of ANNOTATION.md.</summary>
internal static class AnalyzeCommand
{
    // As many characters as the crawler's body limit holds bytes: a longer file would cost more than any crawled page.
    private static readonly int MaxInputChars = new FetcherOptions().MaxBodyBytes;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file, or - for standard input.", DefaultValueFactory = _ => "-" };
        var published = new Option<string?>("--published") { Description = "Publication date for dates without a year: 2025-05-20 or 2025-05-20T08:00+07:00.", HelpName = "DATE" };
        var json = GlobalOptions.Json();
        var command = new Command("analyze", "Find partners, parties, counts and dates in a text, with topics and the cooperation flag.") { file, published, json };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                DateTimeOffset? publication = null;
                if (parseResult.GetValue(published) is { } text)
                {
                    if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        await context.Error.WriteLineAsync($"error: --published '{text}' is not a date such as 2025-05-20 or 2025-05-20T08:00+07:00.");
                        return ExitCodes.Usage;
                    }

                    // A date without an offset is Vietnamese time.
                    publication = text.Contains('+', StringComparison.Ordinal) || text.EndsWith('Z') ? parsed : new DateTimeOffset(parsed.DateTime, TimeSpan.FromHours(7));
                }

                var path = parseResult.GetValue(file)!;
                if (path != "-" && !File.Exists(path))
                {
                    throw new InvalidDataException($"There is no file {Path.GetFullPath(path)}.");
                }

                using var fileReader = path == "-" ? null : new StreamReader(path, Encoding.UTF8);
                var (input, truncated) = await ReadCappedAsync(fileReader ?? Console.In, cancellationToken);
                if (truncated)
                {
                    await context.Error.WriteLineAsync($"warning: {(path == "-" ? "the input" : path)} is longer than {MaxInputChars / 1024 / 1024} Mi characters; only the first {MaxInputChars / 1024 / 1024} Mi were analysed, as the crawler cuts long bodies.");
                }

                // Offsets refer to the NFC form of the input (ANNOTATION.md).
                var nfc = input.Normalize(NormalizationForm.FormC);
                if (LegacyEncodingDetector.Detect(nfc) is { } legacy)
                {
                    await context.Error.WriteLineAsync($"warning: the text looks typed in the legacy {legacy} encoding (mojibake such as \"Hµ Néi\" for \"Hà Nội\"); convert it to Unicode first, facts will be missed.");
                }

                await using var services = CommandServices.Create(context, parseResult);
                var classifier = services.GetRequiredService<TopicClassifier>();
                if (classifier.Problem is { } problem)
                {
                    await context.Error.WriteLineAsync($"warning: {problem} Topics come from the keyword baseline.");
                }

                var facts = classifier.Analyze(nfc, publication);
                if (parseResult.GetValue(json))
                {
                    await context.Out.WriteLineAsync(Json.Serialize(facts));
                }
                else
                {
                    Render(context.Console, facts);
                }

                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }

    private static void Render(IAnsiConsole console, ArticleFacts facts)
    {
        var table = new Table().AddColumns("Fact", "Text", "Value");
        foreach (var (kind, partner) in facts.Partners.Select(p => ("partner", p)).Concat(facts.Parties.Select(p => ("party", p))).OrderBy(p => p.Item2.Start))
        {
            table.AddRow(kind, Markup.Escape(partner.Span), Markup.Escape($"{partner.Key} ({partner.Kind}{(partner.CountryCode is { } code ? ", " + code : string.Empty)})"));
        }

        foreach (var count in facts.Counts)
        {
            table.AddRow("count", Markup.Escape(count.Span), Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{count.Value} {count.Currency} ({count.Approx})")));
        }

        foreach (var date in facts.Dates)
        {
            table.AddRow("date", Markup.Escape(date.Span), Markup.Escape(date.Resolved));
        }

        console.Write(table);
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Topics: {Markup.Escape(string.Join(", ", facts.Topics.Select(t => $"{t.Label} {t.Score:0.00}")))}; cooperation: {facts.Cooperation.Value} ({facts.Cooperation.Score:0.00})"));
    }

    /// <summary>Reads at most <see cref="MaxInputChars"/> characters, and says whether more were left.</summary>
    private static async Task<(string Text, bool Truncated)> ReadCappedAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxInputChars + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var count = await reader.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (count == 0)
            {
                break;
            }

            read += count;
        }

        if (read <= MaxInputChars)
        {
            return (new string(buffer, 0, read), false);
        }

        // Cut between characters, not inside a surrogate pair.
        var cut = char.IsHighSurrogate(buffer[MaxInputChars - 1]) ? MaxInputChars - 1 : MaxInputChars;
        return (new string(buffer, 0, cut), true);
    }
}
