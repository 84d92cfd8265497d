using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Composition;
using Pipeline.Configuration;

namespace Pipeline.Cli;

/// <summary>The services of one command invocation: the composition root over the global options, with console logging.</summary>
internal static class CommandServices
{
    /// <summary>Binds and validates the settings of --config, PIPELINE_* and --data-dir, and builds the services over them.</summary>
    /// <param name="context">The command's console and clock.</param>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="overrides">Settings the command's own flags set (section:key to value), on top of everything else.</param>
    /// <returns>The services; dispose them when the command ends.</returns>
    /// <exception cref="ConfigurationException">A setting cannot be read or is invalid.</exception>
    public static ServiceProvider Create(CliContext context, ParseResult parseResult, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parseResult);
        var configuration = SettingsLoader.Build(parseResult.GetValue(GlobalOptions.Config), parseResult.GetValue(GlobalOptions.DataDir), overrides);
        var services = new ServiceCollection();
        services.AddSingleton(context.TimeProvider);
        services.AddPipeline(configuration);
        services.AddLogging(logging => logging
            // Logs go to standard error so that tables and JSON on standard output stay clean.
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss ";
            }));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
