using System.CommandLine;
using Pipeline.Configuration;

namespace Pipeline.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static Option<string?> DataDir { get; } = new("--data-dir")
    {
        Description = "Data directory holding the database and index (default ./pipeline-data, or env PIPELINE_DATA_DIR).",
        Recursive = true,
        HelpName = "DIR",
    };

    public static Option<string?> Config { get; } = new("--config")
    {
        Description = "Configuration file (default: pipeline.json in the current directory, if present).",
        Recursive = true,
        HelpName = "FILE",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print machine-readable JSON instead of tables." };

    public static PipelineSettings LoadSettings(ParseResult parseResult) =>
        SettingsLoader.Load(parseResult.GetValue(Config), parseResult.GetValue(DataDir));
}
