using Pipeline.Storage.Tests.Contracts;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>The schedule store contract on PostgreSQL.</summary>
/// <param name="server">The shared throw-away server.</param>
[RequiresPostgres]
[Collection(SharedPostgres.Name)]
public sealed class PostgresScheduleStoreTests(PostgresServer server) : ScheduleStoreContract(new PostgresTarget(server));
