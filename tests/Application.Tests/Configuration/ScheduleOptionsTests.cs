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
    public void Validate_ClusteredOnSqlite_RefusedNamingPostgres()
    {
        var settings = new PipelineSettings();
        settings.Schedule.Clustered = true;

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("Clustered needs Store:Provider \"postgres\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ClusteredOnPostgres_Accepted()
    {
        var settings = new PipelineSettings { Store = { Provider = "postgres", ConnectionString = "Host=127.0.0.1;Database=pipeline;Username=pipeline" } };
        settings.Schedule.Clustered = true;

        PipelineSettingsValidator.Validate(settings);
    }

    [Fact]
    public void Validate_CheckinIntervalAndNodeNameOutOfRange_ListsBoth()
    {
        var settings = new PipelineSettings();
        settings.Schedule.ClusterCheckinInterval = TimeSpan.Zero;
        settings.Node.Name = "two words";

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("ClusterCheckinInterval", error.Message, StringComparison.Ordinal);
        Assert.Contains("node: The Name field", error.Message, StringComparison.Ordinal);
    }
}
