using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The run store contract on SQLite.</summary>
public sealed class SqliteRunStoreTests() : RunStoreContract(new SqliteTarget());
