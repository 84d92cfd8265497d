using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Configuration;

/// <summary>Builds <see cref="PipelineSettings"/>: pipeline.json (current directory, or --config), then PIPELINE_* variables, then flags.</summary>
public static class SettingsLoader
{
    /// <summary>The key the --data-dir flag and the PIPELINE_DATA_DIR variable share; it wins over <c>DataDir</c>.</summary>
    public const string DataDirKey = "DATA_DIR";

    /// <summary>Loads and validates the settings.</summary>
    /// <param name="configFile">The --config file, or null for pipeline.json in the current directory when present.</param>
    /// <param name="dataDirFlag">The --data-dir flag, or null.</param>
    /// <returns>The validated settings.</returns>
    public static PipelineSettings Load(string? configFile, string? dataDirFlag) => Bind(Build(configFile, dataDirFlag));

    /// <summary>The configuration sources in their order: the file, then PIPELINE_* variables, then flags.</summary>
    /// <param name="configFile">--config, or null for pipeline.json in the current directory when present.</param>
    /// <param name="dataDirFlag">--data-dir, or null.</param>
    /// <param name="flags">Settings a command's own flags set ("Web:Urls"), or null.</param>
    /// <returns>The configuration, not yet bound.</returns>
    /// <exception cref="ConfigurationException">The file is missing or not JSON.</exception>
    public static IConfiguration Build(string? configFile, string? dataDirFlag, IReadOnlyDictionary<string, string?>? flags = null)
    {
        var builder = new ConfigurationBuilder();
        try
        {
            if (configFile is not null)
            {
                builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
            }
            else
            {
                builder.AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "pipeline.json"), optional: true, reloadOnChange: false);
            }

            // PIPELINE_DATA_DIR and PIPELINE_Crawl__DefaultDelay style names; "__" separates sections.
            builder.AddEnvironmentVariables("PIPELINE_");
            if (dataDirFlag is not null)
            {
                builder.AddInMemoryCollection([new(DataDirKey, dataDirFlag)]);
            }

            if (flags is { Count: > 0 })
            {
                builder.AddInMemoryCollection(flags);
            }

            return builder.Build();
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new ConfigurationException($"The configuration cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Binds and validates the settings, listing every problem at once.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The validated settings.</returns>
    /// <exception cref="ConfigurationException">A value cannot be read, or the settings are invalid.</exception>
    public static PipelineSettings Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            var settings = new PipelineSettings();
            configuration.Bind(settings);
            settings.DataDir = configuration[DataDirKey] ?? settings.DataDir;
            PipelineSettingsValidator.Validate(settings);
            return settings;
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new ConfigurationException($"The configuration cannot be read: {ex.Message}", ex);
        }
    }

    private static bool IsUnreadable(Exception ex) => ex is InvalidDataException or FormatException or InvalidOperationException or JsonException or FileNotFoundException;
}
