namespace Pipeline.TestSupport;

/// <summary>A fact that needs a folder of ../shared: skipped with the reason when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="folder">The folder inside ../shared the test reads ("real-dev", "seeds").</param>
    public SharedDataFactAttribute(string folder)
    {
        Folder = folder;
        Skip = SharedData.SkipReason(folder);
    }

    /// <summary>The folder inside ../shared the test reads.</summary>
    public string Folder { get; }
}
