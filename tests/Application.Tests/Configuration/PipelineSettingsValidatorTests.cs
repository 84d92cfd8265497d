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

    [Fact]
    public void Validate_ResolveWithoutPort_StopsWithTheFetcherSection()
    {
        var settings = new PipelineSettings();
        settings.Fetcher.Resolve["baoyte.example"] = "127.0.0.1:8080";
        settings.Fetcher.Resolve["tintuc.example"] = "127.0.0.1";
        settings.Fetcher.Resolve["khac.example"] = "khong-phai-dia-chi";

        var error = Assert.Throws<ConfigurationException>(() => PipelineSettingsValidator.Validate(settings));

        Assert.Contains("fetcher: Resolve: \"127.0.0.1\" for tintuc.example", error.Message, StringComparison.Ordinal);
        Assert.Contains("for khac.example", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("baoyte.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ResolveWithAddressesAndPorts_Accepted()
    {
        var settings = new PipelineSettings();
        settings.Fetcher.Resolve["baoyte.example"] = "127.0.0.1:8080";
        settings.Fetcher.Resolve["tintuc.example"] = "[::1]:443";

        PipelineSettingsValidator.Validate(settings);

        Assert.Equal(443, settings.Fetcher.ResolvedHosts()["TINTUC.example"].Port);
    }
}
