using System.CommandLine;

namespace Pipeline.Cli;

/// <summary>
/// The output options every <c>pipeline trends</c> command shares (--format, --json, --bom, --out), and the one way
/// they are honoured: JSON or CSV to standard output or a file, otherwise the command's own table.
/// </summary>
internal sealed class TrendOutput
{
    public Option<string> Format { get; } = TrendCli.Format();

    public Option<bool> Json { get; } = GlobalOptions.Json();

    public Option<bool> Bom { get; } = TrendCli.Bom();

    public Option<string?> Out { get; } = TrendCli.Out();

    /// <summary>Writes the result in the format asked for; only the chosen form is built.</summary>
    /// <param name="context">The console and output streams.</param>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="json">The value to serialise for --format json.</param>
    /// <param name="csv">The CSV text for --format csv.</param>
    /// <param name="render">Draws the table otherwise.</param>
    /// <param name="cancellationToken">Stops a file write.</param>
    /// <returns>A task that completes when the output is written.</returns>
    public async Task WriteAsync(CliContext context, ParseResult parseResult, Func<object> json, Func<string> csv, Action render, CancellationToken cancellationToken = default)
    {
        switch (TrendCli.FormatOf(parseResult, Format, Json))
        {
            case TrendCli.JsonFormat:
                await TrendCli.WriteAsync(context, Output.Json.Serialize(json()) + "\n", parseResult.GetValue(Out), parseResult.GetValue(Bom), cancellationToken);
                break;
            case TrendCli.Csv:
                await TrendCli.WriteAsync(context, csv(), parseResult.GetValue(Out), parseResult.GetValue(Bom), cancellationToken);
                break;
            default:
                render();
                break;
        }
    }
}
