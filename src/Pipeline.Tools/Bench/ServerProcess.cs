using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Bench;

/// <summary>
/// <c>pipeline serve</c> in a child process, for <c>bench api</c>: with the server apart, the benchmark process's own
/// processor time is the load generator's, and the child's is the server's. The child runs this very build (the
/// host assembly the caller names) under the same runtime, listens on a free loopback port, has the rate limit off, and reads
/// no pipeline.json or PIPELINE_* variable of the caller's.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const string ListenPrefix = "http://127.0.0.1:";

    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private ServerProcess(Process process) => this.process = process;

    /// <summary>The server's address, ending in '/'.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Processor time the server has used so far, all its threads together.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    /// <summary>Starts the server on <paramref name="dataDirectory"/> and waits until it listens.</summary>
    /// <param name="entry">The host assembly (pipeline.dll) to run.</param>
    /// <param name="dataDirectory">The data directory served.</param>
    /// <param name="timeout">How long to wait for it to listen.</param>
    /// <param name="cancellationToken">Stops waiting (and the server).</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException">The server ended or did not listen in time; the message holds its last output.</exception>
    public static async Task<ServerProcess> StartAsync(string entry, string dataDirectory, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entry);
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { entry, "serve", "--data-dir", dataDirectory, "--urls", ListenPrefix + "0" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PIPELINE_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PIPELINE_Web__RateLimitPerMinute"] = "0";
        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("The server process did not start."));
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not { } line)
            {
                return;
            }

            server.Remember(line);
            if (ListeningAt(line) is { } uri)
            {
                listening.TrySetResult(uri);
            }
        }

        server.process.OutputDataReceived += OnLine;
        server.process.ErrorDataReceived += OnLine;
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            var ended = server.process.WaitForExitAsync(cancellationToken);
            var first = await Task.WhenAny(listening.Task, ended).WaitAsync(timeout, cancellationToken);
            if (first != listening.Task)
            {
                throw new InvalidOperationException($"The server process ended before it listened: {server.LastOutput()}");
            }

            server.BaseUri = await listening.Task;
            return server;
        }
        catch (TimeoutException)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The server process did not listen within {timeout.TotalSeconds:0} s: {server.LastOutput()}");
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The address in the line <c>serve</c> prints once it listens, if this is that line.</summary>
    internal static Uri? ListeningAt(string line)
    {
        var at = line.IndexOf(ListenPrefix, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var digits = at + ListenPrefix.Length;
        var end = digits;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        return end > digits && int.TryParse(line.AsSpan(digits, end - digits), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port > 0
            ? new Uri(string.Create(CultureInfo.InvariantCulture, $"{ListenPrefix}{port}/"))
            : null;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>The dotnet host this process runs under, which also runs the child.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    private void Remember(string line)
    {
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 20)
            {
                lastLines.Dequeue();
            }
        }
    }

    private string LastOutput()
    {
        lock (lastLines)
        {
            return lastLines.Count == 0 ? "(no output)" : string.Join(" | ", lastLines);
        }
    }
}
