using Pipeline.Crawler.Frontier;

namespace Pipeline.Storage;

/// <summary>Frontier states as stored: lowercase words, stable across versions.</summary>
internal static class FrontierStates
{
    public static string ToText(FrontierState state) => state switch
    {
        FrontierState.Discovered => "discovered",
        FrontierState.Fetched => "fetched",
        FrontierState.Unchanged => "unchanged",
        FrontierState.Duplicate => "duplicate",
        FrontierState.Failed => "failed",
        FrontierState.Blocked => "blocked",
        FrontierState.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown frontier state."),
    };

    public static FrontierState Parse(string text) => text switch
    {
        "discovered" => FrontierState.Discovered,
        "fetched" => FrontierState.Fetched,
        "unchanged" => FrontierState.Unchanged,
        "duplicate" => FrontierState.Duplicate,
        "failed" => FrontierState.Failed,
        "blocked" => FrontierState.Blocked,
        "skipped" => FrontierState.Skipped,
        _ => throw new StorageException($"Unknown frontier state '{text}' in the database."),
    };
}
