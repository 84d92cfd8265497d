using Pipeline.Storage.Tests.Contracts;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>The partner-name contract on PostgreSQL.</summary>
/// <param name="server">The shared throw-away server.</param>
[RequiresPostgres]
[Collection(SharedPostgres.Name)]
public sealed class PostgresPartnerNamesTests(PostgresServer server) : PartnerNamesContract(new PostgresTarget(server));
