namespace Pipeline.Storage;

/// <summary>
/// Where the data the product ships with lives (gazetteers, sources, taxonomy, topic model, demo site, search
/// judgements): read-only files copied beside the program, as opposed to a <see cref="DataDirectory"/>, which holds
/// what the product writes. The one place that knows the program's own directory.
/// </summary>
/// <param name="Root">The directory laid out as the repository's <c>data/</c>.</param>
public sealed record ProductData(string Root)
{
    /// <summary>The directory the program runs from (web content root, loopback servers).</summary>
    public static string ApplicationDirectory => AppContext.BaseDirectory;

    /// <summary>The data shipped beside the program: <c>data/</c> under <see cref="ApplicationDirectory"/>.</summary>
    public static ProductData Shipped => new(System.IO.Path.Combine(ApplicationDirectory, "data"));

    /// <summary>The gazetteers directory (countries, organisations, provinces...).</summary>
    public string Gazetteers => System.IO.Path.Combine(Root, "gazetteers");

    /// <summary>The bundled sources file.</summary>
    public string SourcesFile => System.IO.Path.Combine(Root, "sources.json");

    /// <summary>The topic taxonomy.</summary>
    public string Taxonomy => System.IO.Path.Combine(Root, "taxonomy.json");

    /// <summary>The shipped topic model.</summary>
    public string TopicModel => System.IO.Path.Combine(Root, "models", "topics.zip");

    /// <summary>The topic training examples.</summary>
    public string TopicTraining => System.IO.Path.Combine(Root, "training", "topics.jsonl");

    /// <summary>The demo site the demo and the local sources serve.</summary>
    public string DemoSite => System.IO.Path.Combine(Root, "demo-site");

    /// <summary>The demo site's annotated articles: the gold corpus.</summary>
    public string DemoArticles => System.IO.Path.Combine(DemoSite, "articles");

    /// <summary>The judged search queries of <c>pipeline evaluate --search</c>.</summary>
    public string JudgedQueries => System.IO.Path.Combine(Root, "search", "judged-queries.json");

    /// <summary>The accented queries whose matches are judged against the words as typed.</summary>
    public string AccentedQueries => System.IO.Path.Combine(Root, "search", "accented-queries.json");
}
