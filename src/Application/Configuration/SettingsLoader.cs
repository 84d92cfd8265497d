using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Configuration;

/// <summary>Builds <see cref="PipelineSettings"/>: pipeline.json (current directory, or --config), then PIPELINE_* variables, then flags.</summary>
public static class SettingsLoader
{
    /// <summary>Loads and validates the settings.</summary>
    /// <param name="configFile">The --config file, or null for pipeline.json in the current directory when present.</param>
    /// <param name="dataDirFlag">The --data-dir flag, or null.</param>
    /// <returns>The validated settings.</returns>
    public static PipelineSettings Load(string? configFile, string? dataDirFlag)
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
            var configuration = builder.Build();
            var settings = new PipelineSettings();
            configuration.Bind(settings);
            settings.DataDir = dataDirFlag ?? configuration["DATA_DIR"] ?? settings.DataDir;
            PipelineSettingsValidator.Validate(settings);
            return settings;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException or JsonException or FileNotFoundException)
        {
            throw new ConfigurationException($"The configuration cannot be read: {ex.Message}", ex);
        }
    }
}
