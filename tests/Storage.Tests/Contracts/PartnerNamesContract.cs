using Microsoft.Extensions.Time.Testing;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>Display names of partner keys in a real database of each provider.</summary>
public abstract class PartnerNamesContract(StoreTarget target) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));

    [StoreFact]
    public async Task FindAsync_KeyWrittenUnderTwoNames_TheOneWrittenMoreOften()
    {
        var stores = await target.OpenAsync(clock);
        await stores.Articles.ImportAsync(TrendArticles.All);

        var names = await stores.PartnerNames.FindAsync(["jica", "koica", "bo-y-te", "unknown"]);

        // A Vietnamese party's key is no partner's: only partners are named here.
        Assert.Equal(new Dictionary<string, string>(StringComparer.Ordinal) { ["jica"] = "JICA", ["koica"] = "KOICA" }, names);
    }

    [StoreFact]
    public async Task FindAsync_NoKeys_EmptyWithoutAQuery()
    {
        var stores = await target.OpenAsync(clock);

        Assert.Empty(await stores.PartnerNames.FindAsync([]));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();
}
