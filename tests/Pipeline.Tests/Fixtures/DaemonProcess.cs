using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// The built <c>pipeline</c> host as a real child process (<c>dotnet pipeline.dll ...</c> from the test output), so
/// tests can kill it with SIGKILL or stop it with SIGTERM and watch what it prints.
/// </summary>
internal sealed class DaemonProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private DaemonProcess(Process process) => this.process = process;

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Output => string.Join('\n', lines);

    public static DaemonProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pipeline.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Never inherit a pause point from the test runner's environment.
        info.Environment.Remove("PIPELINE_TEST_PAUSE_AT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        var daemon = new DaemonProcess(new Process { StartInfo = info });
        daemon.process.OutputDataReceived += (_, e) => daemon.Add(e.Data);
        daemon.process.ErrorDataReceived += (_, e) => daemon.Add(e.Data);
        daemon.process.Start();
        daemon.process.BeginOutputReadLine();
        daemon.process.BeginErrorReadLine();
        return daemon;
    }

    /// <summary>Waits for a printed line (standard output or error) that matches.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            if (lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            Assert.False(process.HasExited, "the daemon exited early:\n" + Output);
            Assert.True(stopwatch.Elapsed < timeout, "the expected line did not appear:\n" + Output);
            await Task.Delay(50);
        }
    }

    /// <summary>kill -9: no handler runs, nothing is flushed or committed.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>kill -TERM, as systemd stops a service.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to end; false when it did not within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
