using Pipeline.Storage.Tests.Contracts;

namespace Pipeline.Storage.Tests;

/// <summary>The article import contract on SQLite.</summary>
public sealed class SqliteArticleImportTests() : ArticleImportContract(new SqliteTarget());
