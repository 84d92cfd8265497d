using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Tests.Fixtures;

/// <summary>
/// A small tmpfs mounted on a fresh temp folder: a disk that fills up after a known number of bytes, and that can
/// be grown or made read-only in place. Needs Linux and the right to mount (root or CAP_SYS_ADMIN), as in CI.
/// </summary>
internal sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private Tmpfs(string path) => Path = path;

    /// <summary>Why a tmpfs cannot be mounted here; null when it can.</summary>
    public static string? SkipReason => Probe.Value;

    public string Path { get; }

    public static Tmpfs Mount(long bytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-tests", "tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", Size(bytes), "tmpfs", path);
        return new Tmpfs(path);
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Grows (or shrinks) the disk, keeping what it holds: space freed by the operator.</summary>
    public void Resize(long bytes) => Run("mount", "-o", "remount," + Size(bytes), Path);

    /// <summary>Remounts the disk read-only, keeping what it holds: every open for writing then fails with EROFS.</summary>
    public void MakeReadOnly() => Run("mount", "-o", "remount,ro", Path);

    public void Dispose()
    {
        // Lazy: a connection pool or a child process that still holds a file must not leave the mount behind.
        Run("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static string Size(long bytes) => "size=" + bytes.ToString(CultureInfo.InvariantCulture);

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "a tmpfs needs Linux";
        }

        try
        {
            using var probe = Mount(64 * 1024);
            return null;
        }
        catch (InvalidOperationException ex)
        {
            return "mounting a tmpfs is not permitted here (it needs root or CAP_SYS_ADMIN): " + ex.Message;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return "mount cannot be run here: " + ex.Message;
        }
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {error.Trim()}");
        }
    }
}
