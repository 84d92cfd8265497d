namespace Pipeline.TestSupport;

/// <summary>
/// Marks a test class that needs <see cref="PostgresServer"/>: its <see cref="StoreFactAttribute"/> and
/// <see cref="StoreTheoryAttribute"/> tests are skipped with the reason where PostgreSQL is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresPostgresAttribute : Attribute;
