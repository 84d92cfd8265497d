using Pipeline.Configuration;

namespace Pipeline.Tests.Configuration;

public sealed class PipelineSettingsValidatorTests
{
    [Fact]
    public void Validate_PostgresWithoutConnectionString_StopsWithTheStoreSection()
    {
        var settings = new PipelineSettings();
        settings.Store.Provider = "postgres";

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("store: ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownProvider_StopsWithTheStoreSection()
    {
        var settings = new PipelineSettings();
        settings.Store.Provider = "oracle";

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("store: Provider 'oracle' is not known", error.Message, StringComparison.Ordinal);
    }
}
