using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Indexer.Schema;

namespace Pipeline.Indexer.Search;

/// <summary>
/// Searches a committed index snapshot. Thread-safe; open one per snapshot and dispose it. A search is one Lucene
/// query run with Lucene's collectors: what matches is decided over the folded text field, and every match is ranked
/// by the full ranking query (exact and folded fields with their weights, and the bigram clause), while the facets
/// are counted over the same matches.
/// </summary>
public sealed class ArticleSearcher : IDisposable
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxQueryLength = 500;

    /// <summary>How long one search may collect before it returns what it has (results then say TimedOut).</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Bytes of index files a searcher reads into memory when it opens (1 GiB): the postings, term dictionary, norms
    /// and doc values every search seeks into. Stored text stays on disk, and files beyond the budget are read from
    /// disk.
    /// </summary>
    public const long ResidentBytes = 1L << 30;

    private static readonly string[] RankingFields =
    [
        IndexFields.Title, IndexFields.Lead, IndexFields.Body, IndexFields.TitleFolded, IndexFields.LeadFolded, IndexFields.TextFolded,
    ];

    // Exact (accented) matches outrank folded-only ones; headline above lead above body.
    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 6f,
        [IndexFields.Lead] = 3f,
        [IndexFields.Body] = 2f,
        [IndexFields.TitleFolded] = 3f,
        [IndexFields.LeadFolded] = 1.5f,
        [IndexFields.TextFolded] = 1f,
    };

    // What a hit shows; the other stored fields (author, section, the facet values) are skipped, not decoded.
    private static readonly ISet<string> HitFields = new HashSet<string>(
        [IndexFields.Id, IndexFields.Url, IndexFields.Title, IndexFields.Published, IndexFields.Outlet, IndexFields.Lead, IndexFields.Body, IndexFields.Facts],
        StringComparer.Ordinal);

    private readonly FSDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly Analyzer analyzer = IndexAnalyzers.CreateForRanking();
    private readonly Analyzer matchingAnalyzer = IndexAnalyzers.CreateForMatching();
    private readonly SnippetBuilder snippets = new();

    private ArticleSearcher(FSDirectory directory, DirectoryReader reader)
    {
        this.directory = directory;
        this.reader = reader;
        searcher = new IndexSearcher(reader);
    }

    /// <summary>Documents in the snapshot.</summary>
    public int Count => reader.NumDocs;

    /// <summary>The store sequence recorded by the snapshot's commit; 0 when none.</summary>
    public long CommittedSequence =>
        reader.IndexCommit.UserData.TryGetValue(IndexFields.StoreSequenceKey, out var value)
        && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;

    /// <summary>True when <paramref name="path"/> holds a committed index.</summary>
    /// <param name="path">The index directory.</param>
    /// <returns>Whether an index exists there.</returns>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }

        using var directory = Storage.PositionalReadDirectory.At(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>Opens the last commit of the index in <paramref name="path"/>.</summary>
    /// <param name="path">The index directory.</param>
    /// <param name="residentBytes">Bytes of index files to hold in memory (<see cref="ResidentBytes"/>); 0 reads everything from disk.</param>
    /// <returns>The searcher.</returns>
    /// <exception cref="IndexUnavailableException">No index there, or a damaged one.</exception>
    public static ArticleSearcher Open(string path, long residentBytes = ResidentBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.Directory.Exists(path))
        {
            throw new IndexUnavailableException($"There is no index at {path}.");
        }

        var directory = Storage.PositionalReadDirectory.At(path, residentBytes);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                throw new IndexUnavailableException($"There is no index at {path}.");
            }

            var reader = DirectoryReader.Open(directory);
            if (Writing.ArticleIndexWriter.IsOlderSchema(reader.IndexCommit.UserData))
            {
                var version = Writing.ArticleIndexWriter.SchemaVersionOf(reader.IndexCommit.UserData);
                reader.Dispose();
                throw new IndexUnavailableException($"The index at {path} was written by an older version of pipeline (index schema {version}, this build needs {IndexFields.SchemaVersion}). Run `pipeline reindex`; the next crawl or `pipeline index` also rebuilds it by itself.");
            }

            return new ArticleSearcher(directory, reader);
        }
        catch (ArgumentException ex)
        {
            // Lucene's answer to a segment whose codec it does not know: an index of schema 4 or before.
            directory.Dispose();
            throw new IndexUnavailableException($"The index at {path} was written by an older version of pipeline ({FirstLine(ex.Message)}). Run `pipeline reindex`; the next crawl or `pipeline index` also rebuilds it by itself.", ex);
        }
        catch (Exception ex) when (ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or FileNotFoundException or IOException)
        {
            directory.Dispose();
            throw new IndexUnavailableException($"The index at {path} is damaged and cannot be read: {ex.Message}. Rebuild it from the store.", ex);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Runs a search.</summary>
    /// <param name="request">The query and page.</param>
    /// <returns>The total and the requested page of hits.</returns>
    /// <exception cref="SearchQueryException">The query is too long or cannot be parsed.</exception>
    public SearchResults Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        var limit = Math.Clamp(request.Limit, 1, 100);
        var page = Math.Max(1, request.Page);
        var text = request.Query.Trim();
        var (matching, ranking) = Parse(text);
        var filtered = WithFilters(matching, request);
        var byDate = request.SortByDate || text.Length == 0;
        var rescored = request.RankEveryMatch && ranking is not null && !byDate;
        var query = ranking is null || rescored ? filtered : RankedBy(filtered, ranking);
        var wanted = Math.Min(page * limit, Math.Max(1, reader.MaxDoc));
        ITopDocsCollector top = byDate
            ? TopFieldCollector.Create(new Sort(new SortField(IndexFields.PublishedSort, SortFieldType.INT64, reverse: true)), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(rescored ? Math.Max(1, reader.MaxDoc) : wanted, docsScoredInOrder: true);
        using var facets = new FacetCollector(top, FacetFields, request.Budget ?? TimeBudget);
        var timedOut = false;
        try
        {
            searcher.Search(query, facets);
        }
        catch (SearchBudgetExceededException)
        {
            timedOut = true;
        }

        var total = top.TotalHits;
        var topDocs = top.GetTopDocs();
        if (rescored && topDocs.ScoreDocs.Length > 0)
        {
            topDocs = new RankingRescorer(ranking!).Rescore(searcher, topDocs, wanted);
        }

        var terms = snippets.QueryTerms(text);
        var hits = new List<SearchHit>(limit);
        foreach (var scoreDoc in topDocs.ScoreDocs.Skip((page - 1) * limit).Take(limit))
        {
            hits.Add(ToHit(searcher.Doc(scoreDoc.Doc, HitFields), scoreDoc.Score, terms));
        }

        return new SearchResults(total, stopwatch.ElapsedMilliseconds, hits, facets.Counts(), timedOut);
    }

    /// <summary>Articles like the one with <paramref name="id"/> (MoreLikeThis over its title and text), best first, itself excluded.</summary>
    /// <param name="id">A stable article id.</param>
    /// <param name="limit">How many, 1 to 50.</param>
    /// <returns>The similar articles, or none when the id is unknown.</returns>
    public IReadOnlyList<SearchHit> Similar(string id, int limit = 5)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        if (found.TotalHits == 0)
        {
            return [];
        }

        var like = new Lucene.Net.Queries.Mlt.MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = [IndexFields.Title, IndexFields.Lead, IndexFields.Body],
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 40,
        };
        var query = new BooleanQuery
        {
            { like.Like(found.ScoreDocs[0].Doc), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST_NOT },
        };
        var top = searcher.Search(query, Math.Clamp(limit, 1, 50));
        return top.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc, HitFields), d.Score, new HashSet<string>(StringComparer.Ordinal))).ToList();
    }

    /// <summary>Whether the snapshot holds the article <paramref name="id"/>.</summary>
    /// <param name="id">A stable article id.</param>
    /// <returns>True when indexed.</returns>
    public bool Contains(string id) => searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1).TotalHits > 0;

    /// <summary>The facet dimensions counted for every search.</summary>
    public static readonly IReadOnlyList<string> FacetFields = [IndexFields.Topic, IndexFields.Country, IndexFields.Partner, IndexFields.Outlet, IndexFields.Month];

    /// <summary>
    /// What decides the matches, scoring nothing, with the ranking as an optional clause: every match is scored by
    /// the ranking alone, as if that query were run over the matches (a match it misses scores 0). The ranking's
    /// scorers are only advanced to documents that already match, and only when a collector asks for a score.
    /// </summary>
    private static BooleanQuery RankedBy(Query matching, Query ranking) => new BooleanQuery(disableCoord: true)
    {
        { new ConstantScoreQuery(matching) { Boost = 0 }, Occur.MUST },
        { ranking, Occur.SHOULD },
    };

    private static Query WithFilters(Query query, SearchRequest request)
    {
        var filters = new List<Query>();
        foreach (var (field, value) in new[] { (IndexFields.Topic, request.Topic), (IndexFields.Partner, request.Partner), (IndexFields.Country, request.Country?.ToUpperInvariant()), (IndexFields.Outlet, request.Outlet), (IndexFields.Party, request.Party) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                filters.Add(new TermQuery(new Term(field, value.Trim())));
            }
        }

        if (request.From is not null || request.To is not null)
        {
            filters.Add(NumericRangeQuery.NewInt64Range(
                IndexFields.Published,
                request.From?.ToUnixTimeMilliseconds(),
                request.To?.ToUnixTimeMilliseconds(),
                minInclusive: true,
                maxInclusive: false));
        }

        if (filters.Count == 0)
        {
            return query;
        }

        var combined = new BooleanQuery { { query, Occur.MUST } };
        foreach (var filter in filters)
        {
            // Filters narrow the set without changing the ranking.
            combined.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        }

        return combined;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        snippets.Dispose();
        analyzer.Dispose();
        matchingAnalyzer.Dispose();
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// The query that decides what matches (over <see cref="IndexFields.TextFolded"/>, so totals and facets cost one
    /// postings list per word) and the one that ranks those matches (every field with its weight, and the bigram
    /// clause); null ranking for an empty query. A word typed without diacritics matches in every accented form, one
    /// typed with them only as typed, word by word; the ranking then orders those matches by every field.
    /// </summary>
    private (Query Matching, Query? Ranking) Parse(string text)
    {
        if (text.Length == 0)
        {
            return (new MatchAllDocsQuery(), null);
        }

        if (text.Length > MaxQueryLength)
        {
            throw new SearchQueryException($"The query is {text.Length} characters long; at most {MaxQueryLength} are accepted.");
        }

        var rankingParser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, RankingFields, analyzer, Boosts)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        var matchingParser = new QueryParser(LuceneVersion.LUCENE_48, IndexFields.TextFolded, matchingAnalyzer)
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
        };
        try
        {
            // "/" would start a regular expression; in Vietnamese queries it is a date separator ("14/5").
            var escaped = text.Replace("/", "\\/", StringComparison.Ordinal);
            var matching = PhraseMatching.Rewrite(matchingParser.Parse(escaped));
            var ranking = PhraseRanking.Rewrite(rankingParser.Parse(escaped));
            return (matching, BigramBoost.For(text, analyzer) is { } boost
                ? new BooleanQuery { { ranking, Occur.MUST }, { boost, Occur.SHOULD } }
                : ranking);
        }
        catch (ParseException ex)
        {
            throw new SearchQueryException($"The query cannot be understood: {FirstLine(ex.Message)} Use words, \"phrases\", AND, OR, NOT and parentheses.", ex);
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new SearchQueryException("The query expands to too many terms; make it more specific.", ex);
        }
    }

    private SearchHit ToHit(Lucene.Net.Documents.Document document, float score, HashSet<string> terms)
    {
        var published = document.GetField(IndexFields.Published)?.GetInt64Value();
        var body = document.Get(IndexFields.Body, CultureInfo.InvariantCulture) ?? string.Empty;
        var lead = document.Get(IndexFields.Lead, CultureInfo.InvariantCulture);
        var (topics, partners) = DocumentMapper.HitFacts(document);
        return new SearchHit(
            document.Get(IndexFields.Id, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Url, CultureInfo.InvariantCulture),
            document.Get(IndexFields.Title, CultureInfo.InvariantCulture),
            published is null or long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(published.Value).ToOffset(TimeSpan.FromHours(7)),
            document.Get(IndexFields.Outlet, CultureInfo.InvariantCulture),
            snippets.Build(lead is null ? body : string.Concat(lead, "\n", body), terms),
            score,
            topics,
            partners);
    }

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
