using System.CommandLine;
using System.CommandLine.Invocation;

namespace Pipeline.Cli;

/// <summary>The <c>pipeline</c> command line: builds the commands, maps parse errors to exit code 2.</summary>
internal static class PipelineCli
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Pipeline: crawls Vietnamese health news, extracts who cooperates with whom, and makes it searchable.")
        {
            GlobalOptions.DataDir,
            GlobalOptions.Config,
        };
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(CrawlCommand.Create(context));
        root.Subcommands.Add(ScheduleCommand.Create(context));
        root.Subcommands.Add(RunsCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(StoreCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(SimilarCommand.Create(context));
        root.Subcommands.Add(StatsCommand.Create(context));
        root.Subcommands.Add(TrendsCommand.Create(context));
        root.Subcommands.Add(NetworkCommand.Create(context));
        root.Subcommands.Add(ServeCommand.Create(context));
        root.Subcommands.Add(EvaluateCommand.Create(context));
        root.Subcommands.Add(GenerateCorpusCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(AnalyzeCommand.Create(context));
        root.Subcommands.Add(TrainCommand.Create(context));
        root.Subcommands.Add(ReextractCommand.Create(context));
        root.Subcommands.Add(IndexCommand.Create(context));
        root.Subcommands.Add(ReindexCommand.Create(context));
        root.Subcommands.Add(RobotsCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Build(context);
        var parseResult = root.Parse(args);
        // No termination handling here: Program turns Ctrl+C and SIGTERM into the token, and a stopping run needs longer
        // than the 2 s System.CommandLine would wait before ending the process under it.
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = null };
        if (parseResult.Errors.Count > 0)
        {
            if (parseResult.Action is ParseErrorAction errorAction)
            {
                errorAction.ShowHelp = true;
                errorAction.ShowTypoCorrections = true;
            }

            await parseResult.InvokeAsync(configuration, cancellationToken);
            return ExitCodes.Usage;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken);
    }
}
