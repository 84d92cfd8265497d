using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The partner-name contract on SQLite.</summary>
public sealed class SqlitePartnerNamesTests() : PartnerNamesContract(new SqliteTarget());
