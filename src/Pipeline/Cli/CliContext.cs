using Spectre.Console;

namespace Pipeline.Cli;

/// <summary>What every command needs: where to write and the clock; its services come from <see cref="CommandServices"/>.</summary>
/// <param name="Out">Data output (tables, JSON).</param>
/// <param name="Error">Messages and logs.</param>
/// <param name="Console">Spectre console over <paramref name="Out"/>.</param>
/// <param name="TimeProvider">The clock.</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, IAnsiConsole Console, TimeProvider TimeProvider)
{
    public static CliContext Create(TextWriter output, TextWriter error, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Redirected output has no terminal width; 80 columns would squeeze the tables.
            console.Profile.Width = 140;
        }

        return new CliContext(output, error, console, TimeProvider.System);
    }
}
