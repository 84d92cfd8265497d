namespace Pipeline.Storage;

/// <summary>One versioned schema change. Statements use SQL that SQLite and PostgreSQL both accept where possible.</summary>
/// <param name="Version">Applied in ascending order, once.</param>
/// <param name="Name">What it does.</param>
/// <param name="Sql">The statements.</param>
internal sealed record Migration(int Version, string Name, string Sql);
