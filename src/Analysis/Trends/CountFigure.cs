namespace Pipeline.Analysis.Trends;

/// <summary>One reported figure, counted once however many copies of its story report it.</summary>
/// <param name="Kind">One of <see cref="CountKinds.Summed"/>.</param>
/// <param name="Currency">ISO 4217 code for money, else null.</param>
/// <param name="Value">The number (base units, or the currency).</param>
/// <param name="Noun">The counted noun as first reported.</param>
/// <param name="Approx">The qualifier as first reported ("exact", "about", "more_than", "less_than").</param>
/// <param name="Span">The text as first reported.</param>
/// <param name="FirstDay">Publication day of the first report.</param>
/// <param name="ArticleIds">The articles behind the figure: the first report, then its copies, by day.</param>
public sealed record CountFigure(string Kind, string? Currency, decimal Value, string Noun, string Approx, string Span, DateOnly FirstDay, IReadOnlyList<string> ArticleIds);
