using System.ComponentModel.DataAnnotations;

namespace Pipeline.Configuration;

/// <summary>Checks settings at start-up and lists every failure at once, not just the first.</summary>
public static class PipelineSettingsValidator
{
    /// <summary>Validates every section of <paramref name="settings"/>.</summary>
    /// <param name="settings">The settings as loaded.</param>
    /// <exception cref="ConfigurationException">One or more settings are invalid; the message lists them all.</exception>
    public static void Validate(PipelineSettings settings)
    {
        var failures = new List<string>();
        Check(settings, "pipeline", failures);
        Check(settings.Store, "store", failures);
        Check(settings.Node, "node", failures);
        Check(settings.Fetcher, "fetcher", failures);
        Check(settings.Crawl, "crawl", failures);
        Check(settings.Schedule, "schedule", failures);
        Check(settings.Trends, "trends", failures);
        Check(settings.Web, "web", failures);
        Check(settings.Serve, "serve", failures);
        // Across sections: clustering needs the shared server database.
        if (settings.Schedule.Clustered && !settings.Store.IsPostgres)
        {
            failures.Add("schedule: Clustered needs Store:Provider \"postgres\" (nodes share the PostgreSQL database and its Quartz tables); with \"sqlite\" one daemon runs per data directory, so leave Clustered false.");
        }
        if (failures.Count > 0)
        {
            throw new ConfigurationException("Invalid configuration:\n  " + string.Join("\n  ", failures));
        }
    }

    private static void Check(object options, string section, List<string> failures)
    {
        var results = new List<ValidationResult>();
        var context = new ValidationContext(options);
        if (!Validator.TryValidateObject(options, context, results, validateAllProperties: true))
        {
            // The validator skips an object's own rules once an attribute fails; every problem is listed all the same.
            if (options is IValidatableObject validatable)
            {
                results.AddRange(validatable.Validate(context));
            }

            failures.AddRange(results.Select(r => $"{section}: {r.ErrorMessage}"));
        }
    }
}
