namespace Pipeline.Bench;

/// <summary>What <c>pipeline bench extract</c> measured.</summary>
/// <param name="Pages">Pages in one pass.</param>
/// <param name="Passes">Timed passes (after a warm-up of each reader).</param>
/// <param name="PagesPerSecond">Our extractor, one core.</param>
/// <param name="MsPerPage">Our extractor, milliseconds per page.</param>
/// <param name="SmartReaderPagesPerSecond">SmartReader on the same pages, one core.</param>
/// <param name="SmartReaderMsPerPage">SmartReader, milliseconds per page.</param>
/// <param name="ParsePagesPerSecond">AngleSharp's parse and one walk over the elements (no extraction), one core.</param>
/// <param name="ParseMsPerPage">The parse and walk, milliseconds per page.</param>
public sealed record ExtractBenchmarkResult(
    int Pages, int Passes, double PagesPerSecond, double MsPerPage, double SmartReaderPagesPerSecond, double SmartReaderMsPerPage, double ParsePagesPerSecond, double ParseMsPerPage);
