using Pipeline.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
var context = CliContext.Create(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
return await PipelineCli.RunAsync(args, context, stop.Token);
