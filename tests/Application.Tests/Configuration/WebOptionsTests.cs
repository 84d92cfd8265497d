using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public sealed class WebOptionsTests
{
    [Fact]
    public void Validate_Defaults_ReadOnlyOnLoopback()
    {
        var settings = new PipelineSettings();

        PipelineSettingsValidator.Validate(settings);

        Assert.Equal("http://127.0.0.1:5080", settings.Web.Urls);
        Assert.False(settings.Web.EnableActions);
    }

    [Fact]
    public void Validate_ActionsWithoutToken_ListsTheProblem()
    {
        var settings = new PipelineSettings();
        settings.Web.EnableActions = true;
        settings.Web.ActionToken = "short";

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("ActionToken", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/app")]
    [InlineData(";")]
    public void Validate_BadUrls_ListsTheProblem(string urls)
    {
        var settings = new PipelineSettings();
        settings.Web.Urls = urls;
        settings.Web.RateLimitPerMinute = -1;

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("Urls", error.Message, StringComparison.Ordinal);
        Assert.Contains("RateLimitPerMinute", error.Message, StringComparison.Ordinal);
    }
}
