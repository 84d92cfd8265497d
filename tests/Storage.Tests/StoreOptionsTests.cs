using System.ComponentModel.DataAnnotations;

namespace Pipeline.Storage.Tests;

public sealed class StoreOptionsTests
{
    [Fact]
    public void Validate_Defaults_SqliteWithoutConnectionString()
    {
        var options = new StoreOptions();

        Assert.Empty(Problems(options));
        Assert.Equal(StoreOptions.Sqlite, options.Provider);
        Assert.False(options.IsPostgres);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void Validate_PostgresWithConnectionString_Accepted(string provider)
    {
        var options = new StoreOptions { Provider = provider, ConnectionString = "Host=127.0.0.1;Port=5432;Database=pipeline;Username=pipeline" };

        Assert.Empty(Problems(options));
        Assert.True(options.IsPostgres);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesTheSetting()
    {
        var problems = Problems(new StoreOptions { Provider = "postgres" });

        Assert.Contains(problems, p => p.Contains("ConnectionString is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MalformedConnectionString_SaysSo()
    {
        var problems = Problems(new StoreOptions { Provider = "postgres", ConnectionString = "NoSuchKeyword=1" });

        Assert.Contains(problems, p => p.Contains("not a PostgreSQL connection string", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("")]
    public void Validate_UnknownProvider_ListsTheChoices(string provider)
    {
        var problems = Problems(new StoreOptions { Provider = provider });

        Assert.Contains(problems, p => p.Contains("\"sqlite\"", StringComparison.Ordinal) || p.Contains("required", StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Problems(StoreOptions options)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(options);
        if (!Validator.TryValidateObject(options, context, results, validateAllProperties: true))
        {
            return results.Select(r => r.ErrorMessage ?? string.Empty).ToList();
        }

        return options.Validate(context).Select(r => r.ErrorMessage ?? string.Empty).ToList();
    }
}
