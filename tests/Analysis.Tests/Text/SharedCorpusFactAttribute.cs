namespace Pipeline.Analysis.Tests.Text;

/// <summary>A fact that reads the team's shared corpus (../shared beside the repository) and is skipped where that directory is absent.</summary>
internal sealed class SharedCorpusFactAttribute : FactAttribute
{
    public static readonly string Directory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));

    public SharedCorpusFactAttribute()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            Skip = $"The shared corpus ({Directory}) is absent; this test reads real articles from it.";
        }
    }
}
