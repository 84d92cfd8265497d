using System.CommandLine;
using Pipeline.Crawler.Robots;

namespace Pipeline.Cli;

/// <summary><c>pipeline robots &lt;robots.txt file&gt; &lt;user-agent&gt; &lt;url&gt;...</c>: one line per URL, "url TAB allowed|disallowed".</summary>
internal static class RobotsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("robots.txt") { Description = "A robots.txt file (- reads standard input)." };
        var userAgent = new Argument<string>("user-agent") { Description = "The crawler's User-Agent; its product token (the part before '/') selects the group." };
        var urls = new Argument<string[]>("url") { Description = "Addresses to check, percent-encoded as requested (they are matched as written).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("robots", "Check addresses against a robots.txt file, following RFC 9309.") { file, userAgent, urls };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var path = parseResult.GetValue(file)!;
                // Bytes, not text: robots.txt is read as Google's parser reads it (a byte order mark, or part of one,
                // skipped; octets outside ASCII percent-encoded as they are).
                byte[] content;
                if (path.Name == "-")
                {
                    await using var input = Console.OpenStandardInput();
                    using var buffer = new MemoryStream();
                    await input.CopyToAsync(buffer, cancellationToken);
                    content = buffer.ToArray();
                }
                else if (!path.Exists)
                {
                    throw new InvalidDataException($"There is no file {path.FullName}.");
                }
                else
                {
                    content = await File.ReadAllBytesAsync(path.FullName, cancellationToken);
                }

                var token = ProductToken(parseResult.GetValue(userAgent)!);
                var robots = RobotsTxt.Parse(content, token);
                var exit = ExitCodes.Ok;
                foreach (var url in parseResult.GetValue(urls)!)
                {
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        await context.Error.WriteLineAsync($"error: '{url}' is not an absolute http(s) address.");
                        exit = ExitCodes.Usage;
                        continue;
                    }

                    // The address as written, like Google's robots tool: percent-encode it as it is requested.
                    await context.Out.WriteLineAsync($"{url}\t{(robots.IsAllowed(url) ? "allowed" : "disallowed")}");
                }

                return exit;
            },
            cancellationToken));
        return command;
    }

    /// <summary>"PipelineBot/0.1 (+https://...)" to "PipelineBot".</summary>
    public static string ProductToken(string userAgent)
    {
        var token = userAgent.Trim().Split('/', ' ')[0];
        return token.Length == 0 ? "*" : token;
    }
}
