using System.CommandLine;
using System.Globalization;
using Pipeline.Output;

namespace Pipeline.Cli;

/// <summary>
/// <c>pipeline network [--from DATE] [--to DATE] [--cooperation-only] [--format graphml|gexf|json] [--out FILE]</c>:
/// the cooperation network for Gephi or Cytoscape.
/// </summary>
internal static class NetworkCommand
{
    public static Command Create(CliContext context)
    {
        var from = TrendCli.From();
        var to = TrendCli.To();
        var cooperation = TrendCli.CooperationOnly();
        var format = new Option<string>("--format") { Description = "graphml (default; Cytoscape, Gephi), gexf (Gephi) or json.", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml", "gexf", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("network", "The cooperation network: Vietnamese parties and foreign partners as nodes, an edge per pair named in the same articles, weighted by articles.")
        {
            from, to, cooperation, format, output,
        };
        command.SetAction((parseResult, cancellationToken) => CommandGuard.RunAsync(
            context,
            async () =>
            {
                var filter = TrendCli.Filter(parseResult, from, to, cooperation);
                await using var services = CommandServices.Create(context, parseResult);
                var (service, store) = await TrendCli.OpenAsync(services, cancellationToken);
                var network = await service.NetworkAsync(filter, cancellationToken);
                await TrendsCommand.WarnUnreadableAsync(context, store);
                var text = parseResult.GetValue(format) switch
                {
                    "gexf" => NetworkWriter.Gexf(network),
                    "json" => Json.Serialize(network) + "\n",
                    _ => NetworkWriter.GraphMl(network),
                };
                await TrendCli.WriteAsync(context, text, parseResult.GetValue(output), bom: false, cancellationToken);
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{network.Nodes.Count} nodes, {network.Edges.Count} edges."));
                return ExitCodes.Ok;
            },
            cancellationToken));
        return command;
    }
}
