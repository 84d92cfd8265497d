using System.CommandLine;

namespace Pipeline.Cli;

/// <summary><c>pipeline store copy ...</c>: moving the store between providers.</summary>
internal static class StoreCommand
{
    public static Command Create(CliContext context) =>
        new("store", "Work on the store as a whole: copy a SQLite data directory into PostgreSQL.") { StoreCopyCommand.Create(context) };
}
