using System.Runtime.InteropServices;
using Pipeline.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
// SIGTERM (systemd, docker, kill) stops like Ctrl+C: the run in progress commits what it has before the process exits.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; stop.Cancel(); });
var context = CliContext.Create(Console.Out, Console.Error, interactive: !Console.IsOutputRedirected);
return await PipelineCli.RunAsync(args, context, stop.Token);
