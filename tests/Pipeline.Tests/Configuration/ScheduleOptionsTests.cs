using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public sealed class ScheduleOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass()
    {
        PipelineSettingsValidator.Validate(new PipelineSettings());
    }

    [Fact]
    public void Validate_BadCronZoneAndPort_ListsEveryProblem()
    {
        var settings = new PipelineSettings();
        settings.Schedule.Cron = "every night";
        settings.Schedule.TimeZone = "Mars/Olympus";
        settings.Schedule.HealthPort = 70000;

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("HealthPort", error.Message, StringComparison.Ordinal);
        settings.Schedule.HealthPort = 0;
        error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));
        Assert.Contains("Cron", error.Message, StringComparison.Ordinal);
        Assert.Contains("TimeZone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Clustered_RefusedUntilAServerDatabaseExists()
    {
        var settings = new PipelineSettings();
        settings.Schedule.Clustered = true;

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("PostgreSQL", error.Message, StringComparison.Ordinal);
    }
}
