namespace Pipeline.Cli;

/// <summary>The process exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The command ran and failed (missing data, damaged store, network failure...).</summary>
    public const int Failure = 1;

    /// <summary>The command line or the query was not understood.</summary>
    public const int Usage = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM.</summary>
    public const int Cancelled = 130;
}
