using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Pipeline.TestSupport;

/// <summary>
/// A throw-away PostgreSQL server on 127.0.0.1: Debian's binaries, a temporary data directory and a free port,
/// started on first use and stopped on dispose. initdb refuses to run as root, so under root the server runs as the
/// package's <c>postgres</c> user (through runuser); otherwise as the current user.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable, IDisposable
{
    private const string Superuser = "pipeline_test";

    private static readonly Lazy<string?> BinDirectory = new(FindBinDirectory);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? root;
    private int port;
    private int databases;

    /// <summary>Why PostgreSQL tests cannot run on this machine, or null when they can.</summary>
    public static string? SkipReason
    {
        get
        {
            if (BinDirectory.Value is null)
            {
                return "PostgreSQL binaries not found (install Debian's postgresql package; .ci/run does)";
            }

            return IsRoot() && !File.Exists("/usr/sbin/runuser")
                ? "running as root without runuser: initdb cannot run as root"
                : null;
        }
    }

    /// <summary>Creates an empty database on the server (starting it on first use) and returns its connection string.</summary>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <returns>A connection string to the new database.</returns>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (root is null)
            {
                await StartAsync(cancellationToken);
            }

            databases++;
            var name = ("test_" + databases.ToString(CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N"))[..24];
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return ConnectionString(name);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops the server and deletes its data directory.</summary>
    /// <returns>A task that completes when the server is gone.</returns>
    public async ValueTask DisposeAsync()
    {
        if (root is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await RunAsync(Tool("pg_ctl"), ["-D", Path.Combine(root, "data"), "-m", "immediate", "-w", "stop"], CancellationToken.None, check: false);
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Best effort: a leftover temp folder is harmless.
            }

            root = null;
        }

        gate.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = Superuser,
        Database = database,
        Pooling = true,
    }.ConnectionString;

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (SkipReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        var directory = Path.Combine(Path.GetTempPath(), "pipeline-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        if (IsRoot())
        {
            await RunAsync("chown", ["postgres:postgres", directory], cancellationToken, check: true, asPostgres: false);
        }

        var data = Path.Combine(directory, "data");
        // trust on loopback only, no fsync: a test server holds nothing worth a sync.
        await RunAsync(Tool("initdb"), ["-D", data, "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], cancellationToken);
        port = FreePort();
        var options = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await RunAsync(Tool("pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "start"], cancellationToken);
        root = directory;
    }

    private static string Tool(string name) => Path.Combine(BinDirectory.Value!, name);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken, bool check = true, bool? asPostgres = null)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres ?? IsRoot())
        {
            start.FileName = "/usr/sbin/runuser";
            foreach (var argument in new[] { "-u", "postgres", "--", file })
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = file;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (check && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited with {process.ExitCode}: {await error} {await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot() => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    /// <summary>The newest Debian installation (/usr/lib/postgresql/N/bin), or null.</summary>
    private static string? FindBinDirectory()
    {
        const string Debian = "/usr/lib/postgresql";
        if (!Directory.Exists(Debian))
        {
            return null;
        }

        return Directory.GetDirectories(Debian)
            .Select(d => (Directory: d, Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
            .Where(d => d.Version > 0 && File.Exists(Path.Combine(d.Directory, "bin", "initdb")) && File.Exists(Path.Combine(d.Directory, "bin", "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => Path.Combine(d.Directory, "bin"))
            .FirstOrDefault();
    }
}
