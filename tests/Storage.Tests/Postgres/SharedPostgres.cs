using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>The test classes that share one throw-away PostgreSQL server (a database each).</summary>
[CollectionDefinition(Name)]
public sealed class SharedPostgres : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "postgres";
}
