namespace Pipeline.Evaluation;

/// <summary>Extraction quality on gold pages.</summary>
/// <param name="Pages">Pages evaluated.</param>
/// <param name="TitleExact">Share of titles extracted exactly.</param>
/// <param name="PublishedExact">Share of publication times right to the minute.</param>
/// <param name="Body">Body precision, recall and F1 (the benchmark's shingle metric).</param>
/// <param name="ByOutlet">The same per outlet layout.</param>
public sealed record ExtractionEvaluation(int Pages, double TitleExact, double PublishedExact, PrfScore Body, IReadOnlyDictionary<string, ExtractionEvaluation>? ByOutlet);

/// <summary>Fact quality on gold texts.</summary>
/// <param name="Analyzer">Which analyzer produced the facts.</param>
/// <param name="Partners">Partners: a prediction matches a gold partner with the same key, an overlapping span, the same name (tone marks and case aside), or, for countries, the same ISO code.</param>
/// <param name="Parties">Parties, matched the same way.</param>
/// <param name="Counts">Counts: same value, approx and noun head (first syllable).</param>
/// <param name="Dates">Dates: overlapping span and the same resolved value (range ends compared at day precision).</param>
/// <param name="Errors">Every missed and spurious fact, article by article.</param>
public sealed record FactEvaluation(string Analyzer, PrfScore Partners, PrfScore Parties, PrfScore Counts, PrfScore Dates, IReadOnlyList<FactError> Errors);

/// <summary>Topic quality on gold texts.</summary>
/// <param name="Classifier">Which classifier produced the labels.</param>
/// <param name="MicroF1">Micro-averaged F1 over all labels.</param>
/// <param name="MacroF1">Mean of per-label F1 over labels present in the gold.</param>
/// <param name="CooperationAccuracy">Share of articles whose cooperation flag is right.</param>
/// <param name="PerLabel">Precision, recall and F1 per label.</param>
/// <param name="Errors">Every article with a missed or spurious label or a wrong cooperation flag.</param>
public sealed record TopicEvaluation(string Classifier, double MicroF1, double MacroF1, double CooperationAccuracy, IReadOnlyDictionary<string, PrfScore> PerLabel, IReadOnlyList<TopicError> Errors);

/// <summary>Everything <c>pipeline evaluate</c> measures on one split of the gold corpus.</summary>
/// <param name="Split">"train", "dev", "test" or "all".</param>
/// <param name="Articles">Articles in the split.</param>
/// <param name="Extraction">Extraction figures.</param>
/// <param name="Facts">Fact figures.</param>
/// <param name="Topics">Topic figures, one per classifier.</param>
public sealed record GoldEvaluationReport(string Split, int Articles, ExtractionEvaluation Extraction, FactEvaluation Facts, IReadOnlyList<TopicEvaluation> Topics);

/// <summary>Our extractor and the reference extractors on the public benchmark, by the same metric.</summary>
/// <param name="Pages">Pages in the benchmark.</param>
/// <param name="Ours">Our extractor.</param>
/// <param name="References">Reference outputs shipped with the benchmark, re-scored here.</param>
/// <param name="Milliseconds">Time our extractor spent on all pages.</param>
/// <param name="Worst">Our twenty weakest pages, worst first, to see where the extractor loses.</param>
/// <param name="SmartReader">SmartReader on the same pages in the same run.</param>
/// <param name="SmartReaderMilliseconds">Time SmartReader spent on all pages.</param>
public sealed record BenchmarkEvaluation(
    int Pages,
    PrfScore Ours,
    IReadOnlyDictionary<string, PrfScore> References,
    long Milliseconds,
    IReadOnlyList<BenchmarkPage> Worst,
    PrfScore SmartReader,
    long SmartReaderMilliseconds);

/// <summary>One benchmark page's score.</summary>
/// <param name="Id">The page id.</param>
/// <param name="Url">Its address.</param>
/// <param name="Precision">Share of extracted shingles in the gold.</param>
/// <param name="Recall">Share of gold shingles extracted.</param>
public sealed record BenchmarkPage(string Id, string Url, double Precision, double Recall);

/// <summary>Facts and topics measured on one split of an external annotated corpus (no pages, so no extraction).</summary>
/// <param name="Corpus">The corpus directory.</param>
/// <param name="Split">"dev", "test" or "all".</param>
/// <param name="Articles">Texts in the split.</param>
/// <param name="Facts">Fact figures.</param>
/// <param name="Topics">Topic figures, one per classifier.</param>
public sealed record CorpusEvaluationReport(string Corpus, string Split, int Articles, FactEvaluation Facts, IReadOnlyList<TopicEvaluation> Topics);
