namespace Pipeline.Storage;

/// <summary>Every store of one database, behind the interfaces the host uses, whichever provider holds them.</summary>
/// <param name="Provider">"sqlite" or "postgres".</param>
/// <param name="Articles">Articles, facts and the store sequence.</param>
/// <param name="Frontier">The crawl frontier.</param>
/// <param name="Runs">Run history.</param>
/// <param name="Schedule">The daemon's stored trigger.</param>
/// <param name="PartnerNames">Display names of partner keys.</param>
/// <param name="NewTrends">A new trend store: each one catches up once, before its first read.</param>
/// <param name="Sqlite">The SQLite database, for what only SQLite offers (VACUUM INTO backups, the embedded Quartz job store); null on PostgreSQL.</param>
/// <param name="HostLeases">Host leases for crawler nodes sharing the database; null on SQLite, where one process crawls.</param>
/// <param name="Nodes">The crawler nodes sharing the database; null on SQLite.</param>
public sealed record PipelineStores(
    string Provider,
    IArticleStore Articles,
    IPipelineFrontierStore Frontier,
    IRunStore Runs,
    IScheduleStore Schedule,
    IPartnerNames PartnerNames,
    Func<ITrendStore> NewTrends,
    PipelineDatabase? Sqlite,
    Crawler.Frontier.IHostLeases? HostLeases = null,
    ICrawlerNodes? Nodes = null)
{
    /// <summary>The SQLite stores of <paramref name="database"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="timeProvider">The clock that stamps updates.</param>
    /// <returns>The stores.</returns>
    public static PipelineStores ForSqlite(PipelineDatabase database, TimeProvider timeProvider) => new(
        StoreOptions.Sqlite,
        new SqliteArticleStore(database, timeProvider),
        new SqliteFrontierStore(database),
        new SqliteRunStore(database),
        new SqliteScheduleStore(database),
        new SqlitePartnerNames(database),
        () => new SqliteTrendStore(database),
        database);

    /// <summary>The PostgreSQL stores of <paramref name="database"/>.</summary>
    /// <param name="database">The database.</param>
    /// <param name="timeProvider">The clock that stamps updates.</param>
    /// <returns>The stores.</returns>
    public static PipelineStores ForPostgres(Postgres.PostgresDatabase database, TimeProvider timeProvider) => new(
        StoreOptions.Postgres,
        new Postgres.PostgresArticleStore(database, timeProvider),
        new Postgres.PostgresFrontierStore(database),
        new Postgres.PostgresRunStore(database),
        new Postgres.PostgresScheduleStore(database),
        new Postgres.PostgresPartnerNames(database),
        () => new Postgres.PostgresTrendStore(database),
        null,
        new Postgres.PostgresHostLeases(database),
        new Postgres.PostgresCrawlerNodes(database));

    /// <summary>The SQLite database, or a clear error for a feature that PostgreSQL storage does not have yet.</summary>
    /// <param name="feature">What needs it, for the message ("backup", "the daemon's job store").</param>
    /// <returns>The database.</returns>
    /// <exception cref="StorageException">The stores are on PostgreSQL.</exception>
    public PipelineDatabase RequireSqlite(string feature) =>
        Sqlite ?? throw new StorageException($"{feature} works with Store:Provider \"sqlite\" only; with \"postgres\" use the server's own tools (pg_dump) or leave Store:Provider at \"sqlite\".");
}
