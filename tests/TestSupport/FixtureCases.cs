namespace Pipeline.TestSupport;

/// <summary>Golden-file theories: one case per folder of a fixture directory copied beside the test assembly.</summary>
public static class FixtureCases
{
    /// <summary>The names of the case folders under <paramref name="folder"/>, in ordinal order.</summary>
    /// <param name="folder">The fixture directory, relative to the test assembly ("Golden").</param>
    /// <returns>One theory row per case folder.</returns>
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, folder)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }
}
