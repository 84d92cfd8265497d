using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The frontier store contract on SQLite.</summary>
public sealed class SqliteFrontierStoreTests() : FrontierStoreContract(new SqliteTarget());
