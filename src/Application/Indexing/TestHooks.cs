namespace Pipeline.Indexing;

/// <summary>
/// Test-only pause points, so crash tests can kill the process at a known place. Set
/// <c>PIPELINE_TEST_PAUSE_AT</c> to a point name (<c>index-commit</c>: index batch written, not yet committed);
/// the process then prints <c>PIPELINE_TEST_PAUSED &lt;point&gt;</c> on standard error and waits until it is
/// stopped. Never set it in production: unset, a pause point costs one string comparison.
/// </summary>
internal static class TestHooks
{
    /// <summary>The environment variable naming the pause point.</summary>
    public const string Variable = "PIPELINE_TEST_PAUSE_AT";

    /// <summary>Between writing an index batch and committing it.</summary>
    public const string IndexCommit = "index-commit";

    public static async Task PauseAtAsync(string point, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(Environment.GetEnvironmentVariable(Variable), point, StringComparison.Ordinal))
        {
            return;
        }

        await Console.Error.WriteLineAsync("PIPELINE_TEST_PAUSED " + point);
        await Console.Error.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
