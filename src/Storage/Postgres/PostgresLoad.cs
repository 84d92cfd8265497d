using System.Globalization;
using Npgsql;

namespace Pipeline.Storage.Postgres;

/// <summary>
/// The load a PostgreSQL server has carried so far: transactions committed and rows written in one database (from
/// pg_stat_database), and, when the server runs on this machine, the processor time of its processes (from /proc).
/// Two samples around a run give the run's share.
/// </summary>
/// <param name="Commits">Transactions committed in the database.</param>
/// <param name="RowsWritten">Rows inserted, updated and deleted in the database.</param>
/// <param name="CpuSeconds">Processor time of the local server's processes; 0 when none is found here.</param>
public sealed record PostgresLoad(long Commits, long RowsWritten, double CpuSeconds)
{
    /// <summary>The load between an earlier sample and this one.</summary>
    public PostgresLoad Since(PostgresLoad earlier) =>
        new(Commits - earlier.Commits, RowsWritten - earlier.RowsWritten, CpuSeconds - earlier.CpuSeconds);

    /// <summary>Samples the database of <paramref name="connectionString"/>.</summary>
    public static async Task<PostgresLoad> SampleAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The statistics collector reports with a delay; clearing this backend's snapshot reads the latest figures.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PostgresLoad(reader.GetInt64(0), reader.GetInt64(1), LocalServerCpuSeconds());
    }

    /// <summary>User and system time of every process named "postgres" on this machine (Linux /proc), in seconds.</summary>
    private static double LocalServerCpuSeconds()
    {
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        var ticks = 0L;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // "pid (comm) state ..." : the name is in brackets and may hold spaces; fields count from after it.
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < open || stat[(open + 1)..close] != "postgres")
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
            {
                // A process that ended while being read, or one we may not read.
            }
        }

        // Linux reports these in clock ticks of 1/100 s (USER_HZ) on every architecture .NET runs on.
        return ticks / 100.0;
    }
}
