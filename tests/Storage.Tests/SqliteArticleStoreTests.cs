using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The article store contract on SQLite.</summary>
public sealed class SqliteArticleStoreTests() : ArticleStoreContract(new SqliteTarget());
