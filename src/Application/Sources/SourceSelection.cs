using System.Net;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Sources;

/// <summary>
/// The sources of one run, chosen by name from a sources file; the demo entry starts the bundled demo site on
/// loopback for as long as the selection lives.
/// </summary>
public sealed class SourceSelection : IAsyncDisposable
{
    private readonly IDemoOutlets? demo;

    private SourceSelection(IReadOnlyList<CrawlSource> sources, IDemoOutlets? demo)
    {
        Sources = sources;
        this.demo = demo;
    }

    /// <summary>The sources to crawl.</summary>
    public IReadOnlyList<CrawlSource> Sources { get; }

    /// <summary>Host names resolved without DNS (the demo's virtual outlets), or null.</summary>
    public IReadOnlyDictionary<string, IPEndPoint>? HostOverrides => demo?.HostOverrides;

    /// <summary>Names in <paramref name="wanted"/> that the file does not define.</summary>
    /// <param name="definitions">The sources file's entries.</param>
    /// <param name="wanted">The names asked for.</param>
    /// <returns>The unknown names, empty when all are known.</returns>
    public static IReadOnlyList<string> UnknownNames(IReadOnlyList<SourceDefinition> definitions, IEnumerable<string> wanted) =>
        wanted.Where(n => !definitions.Any(d => d.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Selects the sources named in <paramref name="wanted"/> (all when empty), starting the demo site if it is one.</summary>
    /// <param name="definitions">The sources file's entries, validated.</param>
    /// <param name="wanted">The names asked for; unknown names are ignored (check with <see cref="UnknownNames"/> first).</param>
    /// <param name="startDemo">Starts the demo site when a demo entry is selected; null where none is available.</param>
    /// <param name="cancellationToken">Stops the demo site's start.</param>
    /// <returns>The selection; dispose it after the run.</returns>
    public static async Task<SourceSelection> StartAsync(IReadOnlyList<SourceDefinition> definitions, IReadOnlyCollection<string> wanted, DemoOutletsStarter? startDemo, CancellationToken cancellationToken = default)
    {
        var sources = new List<CrawlSource>();
        IDemoOutlets? demo = null;
        foreach (var definition in definitions.Where(d => wanted.Count == 0 || wanted.Contains(d.Name, StringComparer.OrdinalIgnoreCase)))
        {
            if (definition.Kind == "demo")
            {
                if (startDemo is null)
                {
                    throw new InvalidOperationException($"The source '{definition.Name}' is the demo site, which this process cannot start.");
                }

                demo ??= await startDemo(cancellationToken);
                sources.AddRange(demo.Sources);
            }
            else
            {
                sources.Add(SourcesFile.ToCrawlSource(definition, definition.AllowPrivate));
            }
        }

        return new SourceSelection(sources, demo);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (demo is not null)
        {
            await demo.DisposeAsync();
        }
    }
}
