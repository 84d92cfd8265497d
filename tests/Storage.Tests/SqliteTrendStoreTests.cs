using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The trend store contract on SQLite.</summary>
public sealed class SqliteTrendStoreTests() : TrendStoreContract(new SqliteTarget());
