using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace Pipeline.Storage;

/// <summary>Which database holds the stores: the embedded SQLite file of the data directory, or a PostgreSQL server.</summary>
public sealed class StoreOptions : IValidatableObject
{
    /// <summary>The embedded default: <c>pipeline.db</c> in the data directory, no server.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>A PostgreSQL server named by <see cref="ConnectionString"/>.</summary>
    public const string Postgres = "postgres";

    /// <summary>"sqlite" (default) or "postgres", in any case.</summary>
    [Required]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The Npgsql connection string (<c>Host=...;Database=...;Username=...</c>); required for "postgres", ignored for
    /// "sqlite" (whose file is always <c>pipeline.db</c> in the data directory). Default none.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>True when <see cref="Provider"/> names PostgreSQL.</summary>
    public bool IsPostgres => string.Equals(Provider?.Trim(), Postgres, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = Provider?.Trim();
        if (!string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase) && !IsPostgres)
        {
            yield return new ValidationResult($"Provider '{Provider}' is not known: use \"sqlite\" (the default, a file in the data directory) or \"postgres\" (with ConnectionString).", [nameof(Provider)]);
            yield break;
        }

        if (!IsPostgres)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("ConnectionString is required when Provider is \"postgres\" (for example Host=127.0.0.1;Database=pipeline;Username=pipeline).", [nameof(ConnectionString)]);
            yield break;
        }

        string? problem = null;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(ConnectionString);
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
        }

        if (problem is not null)
        {
            yield return new ValidationResult($"ConnectionString is not a PostgreSQL connection string: {problem}", [nameof(ConnectionString)]);
        }
    }
}
