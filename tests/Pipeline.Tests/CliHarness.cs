using Pipeline.Cli;

namespace Pipeline.Tests;

/// <summary>Runs the real <c>pipeline</c> command line in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PipelineCli.RunAsync(args, CliContext.Create(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }
}
