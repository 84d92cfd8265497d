using Pipeline.Configuration;
using Pipeline.Indexer;
using Pipeline.Indexer.Search;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>Runs one command and turns the failures a user can act on into one clear line and an exit code.</summary>
internal static class CommandGuard
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> command, CancellationToken cancellationToken)
    {
        try
        {
            return await command();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("Stopped.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (StorageFailure.IsDiskFull(ex))
        {
            await context.Error.WriteLineAsync("error: " + StorageFailure.DiskFull(ex));
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is SearchQueryException or UsageException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is StorageException or ConfigurationException or IndexUnavailableException or InvalidDataException or Running.RunInProgressException)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (StorageFailure.IsUnwritable(ex))
        {
            // A database file that became unwritable after it was opened: the user's to fix, not a bug.
            await context.Error.WriteLineAsync($"error: the database cannot be written (read-only or no permission): {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException ex)
        {
            await context.Error.WriteLineAsync($"error: permission denied: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Anything else is a bug: say so plainly, with the detail needed to report it.
            await context.Error.WriteLineAsync($"error: unexpected {ex.GetType().Name}: {ex.Message}");
            await context.Error.WriteLineAsync(ex.StackTrace);
            return ExitCodes.Failure;
        }
    }
}
