using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The schedule store contract on SQLite.</summary>
public sealed class SqliteScheduleStoreTests() : ScheduleStoreContract(new SqliteTarget());
