namespace Pipeline.Indexer.Schema;

/// <summary>Field names of the article index. "_f" fields hold the diacritic-folded variant of their twin.</summary>
public static class IndexFields
{
    /// <summary>Stable article id (exact, stored).</summary>
    public const string Id = "id";

    /// <summary>Article address (stored).</summary>
    public const string Url = "url";

    /// <summary>Outlet key (exact, stored).</summary>
    public const string Outlet = "outlet";

    /// <summary>Headline, diacritics kept.</summary>
    public const string Title = "title";

    /// <summary>Headline, folded.</summary>
    public const string TitleFolded = "title_f";

    /// <summary>Lead, diacritics kept.</summary>
    public const string Lead = "lead";

    /// <summary>Lead, folded.</summary>
    public const string LeadFolded = "lead_f";

    /// <summary>Main text, diacritics kept.</summary>
    public const string Body = "body";

    /// <summary>
    /// Headline, lead and main text together, every syllable kept, folded and, where folding changes it, also as
    /// written at the same position: what a search matches on. A query word typed without diacritics looks up the
    /// folded term and finds every accented form; one typed with them looks up its own spelling ("lào" never finds
    /// "lao"). Every exact or folded match in any part is also a match here, so one postings list per word decides
    /// the result set.
    /// </summary>
    public const string TextFolded = "text_f";

    /// <summary>Headline as pairs of adjacent folded syllables, with positions (ranking, and matching phrases).</summary>
    public const string TitleBigrams = "title_bg";

    /// <summary>Lead and main text as pairs of adjacent folded syllables, with positions (ranking, and matching phrases).</summary>
    public const string BodyBigrams = "body_bg";

    /// <summary>Byline (exact, stored; one value each).</summary>
    public const string Author = "author";

    /// <summary>The outlet's section (exact, stored).</summary>
    public const string Section = "section";

    /// <summary>Publication time as Unix milliseconds (range queries).</summary>
    public const string Published = "published";

    /// <summary>Publication time as Unix milliseconds (sorting).</summary>
    public const string PublishedSort = "published_dv";

    /// <summary>Topic labels that apply (exact, stored; one value each).</summary>
    public const string Topic = "topic";

    /// <summary>"true" or "false": whether the article is about international cooperation (exact, stored).</summary>
    public const string Cooperation = "cooperation";

    /// <summary>Partner keys (exact, stored; one value each).</summary>
    public const string Partner = "partner";

    /// <summary>Partner countries, ISO 3166-1 alpha-2 (exact, stored; one value each).</summary>
    public const string Country = "country";

    /// <summary>Party keys (exact, stored; one value each).</summary>
    public const string Party = "party";

    /// <summary>What a search hit shows of the analysis, as JSON (stored only): topics with scores and partner names (the whole analysis in indexes written before).</summary>
    public const string Facts = "facts";

    /// <summary>Suffix of the DocValues twin of a facet field ("topic" has "topic_dv").</summary>
    public const string FacetSuffix = "_dv";

    /// <summary>Publication month "YYYY-MM" in Vietnamese time (facet only).</summary>
    public const string Month = "month";

    /// <summary>Commit user-data key: the last store sequence the index contains.</summary>
    public const string StoreSequenceKey = "storeSequence";

    /// <summary>Commit user-data key: the <see cref="SchemaVersion"/> the index was written with (absent: version 1).</summary>
    public const string SchemaVersionKey = "schemaVersion";

    /// <summary>
    /// The fields this build writes and searches. 2: <see cref="TextFolded"/> replaced the folded body field.
    /// 3: the bigram fields keep positions, which phrase matching reads. 4: <see cref="TextFolded"/> also holds each
    /// syllable as written, so that a word typed with diacritics matches only its own spelling. 5: Lucene's stock
    /// codec (indexes of 4 and before name a codec of their own, which this build no longer reads).
    /// </summary>
    public const int SchemaVersion = 5;
}
