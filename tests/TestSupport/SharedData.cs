namespace Pipeline.TestSupport;

/// <summary>
/// The team's shared folder (<c>../shared</c> beside the repository: seeds, real-dev, benchmarks). It exists on
/// developers' machines and in CI, not in a clone on its own, so tests that read it skip when it is absent.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the first folder above the test assembly that holds Pipeline.sln.</summary>
    public static string? RepositoryRoot { get; } = FindRoot();

    /// <summary>A folder of ../shared, or null when absent.</summary>
    /// <param name="relative">The folder inside ../shared ("real-dev", "seeds").</param>
    /// <returns>Its full path when it exists, else null.</returns>
    public static string? Directory(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (RepositoryRoot is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", relative));
        return System.IO.Directory.Exists(path) ? path : null;
    }

    /// <summary>The skip reason for a test that needs a folder of ../shared, or null when it is there.</summary>
    /// <param name="relative">The folder inside ../shared.</param>
    /// <returns>A one-line reason, or null.</returns>
    public static string? SkipReason(string relative) =>
        Directory(relative) is null ? $"../shared/{relative} is absent beside the repository (it exists on team machines and in CI)." : null;

    private static string? FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
