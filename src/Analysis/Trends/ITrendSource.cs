namespace Pipeline.Analysis.Trends;

/// <summary>
/// The grouped rows trends are computed from. Implementations group in the store (portable GROUP BY SQL over small
/// fact tables); every row covers only the articles <see cref="TrendFilter"/> admits, undated ones never.
/// </summary>
public interface ITrendSource
{
    /// <summary>Articles per month.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per month with articles.</returns>
    Task<IReadOnlyList<MonthTotal>> MonthTotalsAsync(TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Articles per month and value of a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per month and value; a value may come with several names (one row each).</returns>
    Task<IReadOnlyList<MonthValue>> MonthValuesAsync(TrendDimension dimension, TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Participants (partners and parties) with their names, countries and first and last days.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per role, key, name, kind and country.</returns>
    Task<IReadOnlyList<ActorRow>> ActorsAsync(TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Some participants of one role by topic label.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="role"><see cref="TrendActor.Partner"/> or <see cref="TrendActor.Party"/>.</param>
    /// <param name="keys">The participants' keys.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per key and label.</returns>
    Task<IReadOnlyList<ActorTopicRow>> ActorTopicsAsync(TrendFilter filter, string role, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The articles naming one participant, newest first.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="role"><see cref="TrendActor.Partner"/> or <see cref="TrendActor.Party"/>.</param>
    /// <param name="key">The participant's key.</param>
    /// <param name="limit">At most this many (1 or more).</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The articles, newest first.</returns>
    Task<IReadOnlyList<ArticleRef>> ActorArticlesAsync(TrendFilter filter, string role, string key, int limit, CancellationToken cancellationToken = default);

    /// <summary>Partner countries by topic label.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per country and label.</returns>
    Task<IReadOnlyList<CountryTopicRow>> CountryTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Pairs of participants named in the same articles.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="role">When given, only pairs whose first participant has this role...</param>
    /// <param name="keys">... and one of these keys.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per pair.</returns>
    Task<IReadOnlyList<PairRow>> PairsAsync(TrendFilter filter, string? role = null, IReadOnlyCollection<string>? keys = null, CancellationToken cancellationToken = default);

    /// <summary>Pairs of participants by topic label.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One row per pair and label.</returns>
    Task<IReadOnlyList<PairTopicRow>> PairTopicsAsync(TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every count of a summed kind (<see cref="CountKinds.Summed"/>), with its article's day and story signature.</summary>
    /// <param name="filter">Which articles.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The reports.</returns>
    Task<IReadOnlyList<CountReport>> CountReportsAsync(TrendFilter filter, CancellationToken cancellationToken = default);

    /// <summary>How some counts are worded.</summary>
    /// <param name="counts">Article ids and count ordinals.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The wordings found, in no particular order.</returns>
    Task<IReadOnlyList<CountWording>> CountWordingsAsync(IReadOnlyCollection<(string ArticleId, int Ordinal)> counts, CancellationToken cancellationToken = default);

    /// <summary>Titles, addresses and outlets of some articles.</summary>
    /// <param name="ids">Article ids.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The articles found, in no particular order.</returns>
    Task<IReadOnlyList<ArticleRef>> ArticlesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
