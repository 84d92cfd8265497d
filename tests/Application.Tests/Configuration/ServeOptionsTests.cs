using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public sealed class ServeOptionsTests
{
    [Fact]
    public void Validate_Defaults_FollowEveryThirtySeconds()
    {
        var settings = new PipelineSettings();

        PipelineSettingsValidator.Validate(settings);

        Assert.Equal(TimeSpan.FromSeconds(30), settings.Serve.IndexFollowInterval);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.5)]
    [InlineData(3601)]
    public void Validate_IntervalOutOfRange_ListsTheProblem(double seconds)
    {
        var settings = new PipelineSettings();
        settings.Serve.IndexFollowInterval = TimeSpan.FromSeconds(seconds);

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("serve: IndexFollowInterval must be between 00:00:01 and 01:00:00", error.Message, StringComparison.Ordinal);
    }
}
