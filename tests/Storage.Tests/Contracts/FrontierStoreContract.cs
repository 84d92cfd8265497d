using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Frontier;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Contracts;

/// <summary>The frontier in a real database of each provider: which addresses enter, which are due when, and what each outcome leaves.</summary>
public abstract class FrontierStoreContract(StoreTarget target) : IAsyncLifetime
{
    private const int MaxAttempts = 3;
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly Uri First = new("https://baoyte.example/hop-tac/bai-1.htm");
    private static readonly Uri Second = new("https://baoyte.example/hop-tac/bai-2.htm");
    private static readonly Uri Third = new("https://suckhoe.example/tin/bai-3.htm");

    private readonly FakeTimeProvider clock = new(Start);

    [StoreFact]
    public async Task AddDiscoveredAsync_AddressSeenTwice_EntersOnce()
    {
        var frontier = await OpenAsync();

        var firstRun = await frontier.AddDiscoveredAsync("yte", [new(First), new(Second), new(First)], Start);
        var secondRun = await frontier.AddDiscoveredAsync("yte", [new(Second), new(Third)], Start.AddHours(1));

        Assert.Equal((2, 1), (firstRun, secondRun));
        var due = await frontier.GetDueAsync("yte", Start.AddHours(1), MaxAttempts, 10);
        Assert.Equal([First, Second, Third], due.Select(e => e.Url).OrderBy(u => u.AbsoluteUri, StringComparer.Ordinal));
        Assert.All(due, e => Assert.Equal((FrontierState.Discovered, 0), (e.State, e.Attempts)));
    }

    [StoreFact]
    public async Task AddDiscoveredAsync_AddressKnownUnderAnotherSource_KeepsItsFirstSource()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First)], Start);

        Assert.Equal(0, await frontier.AddDiscoveredAsync("suckhoe", [new(First)], Start));

        Assert.Empty(await frontier.GetDueAsync("suckhoe", Start, MaxAttempts, 10));
        Assert.Equal("yte", Assert.Single(await frontier.GetDueAsync("yte", Start, MaxAttempts, 10)).Source);
        Assert.False(await frontier.HasSourceAsync("suckhoe"));
        Assert.True(await frontier.HasSourceAsync("yte"));
    }

    [StoreFact]
    public async Task GetDueAsync_MoreDueThanTheLimit_OldestDiscoveredFirst()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(Third)], Start);
        await frontier.AddDiscoveredAsync("yte", [new(Second), new(First)], Start.AddMinutes(5));

        var due = await frontier.GetDueAsync("yte", Start.AddMinutes(5), MaxAttempts, 2);

        Assert.Equal([Third, First], due.Select(e => e.Url));
    }

    [StoreTheory]
    [InlineData(FrontierState.Fetched)]
    [InlineData(FrontierState.Unchanged)]
    [InlineData(FrontierState.Duplicate)]
    [InlineData(FrontierState.Blocked)]
    [InlineData(FrontierState.Skipped)]
    public async Task RecordAsync_FinalOutcome_NotDueAgain(FrontierState state)
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First), new(Second)], Start);

        await frontier.RecordAsync(new FrontierUpdate(First, state, Start.AddMinutes(1), "lý do"));

        var due = await frontier.GetDueAsync("yte", Start.AddDays(400), MaxAttempts, 10);
        Assert.Equal([Second], due.Select(e => e.Url));
        Assert.Equal(1, (await frontier.CountByStateAsync())[FrontierStatesText(state)]);
    }

    [StoreFact]
    public async Task RecordAsync_FailedWithRetryTime_DueFromThatTimeWithTheAttemptCounted()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First)], Start);
        var retryAt = Start.AddMinutes(20);

        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Failed, Start.AddMinutes(1), "HTTP 503", NextFetchAt: retryAt));

        Assert.Empty(await frontier.GetDueAsync("yte", retryAt.AddMilliseconds(-1), MaxAttempts, 10));
        var due = Assert.Single(await frontier.GetDueAsync("yte", retryAt, MaxAttempts, 10));
        Assert.Equal((First, FrontierState.Failed, 1), (due.Url, due.State, due.Attempts));
        Assert.Equal("HTTP 503", await ScalarAsync("SELECT reason FROM frontier"));
    }

    [StoreFact]
    public async Task GetDueAsync_FailedAsOftenAsAllowed_GivenUp()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First)], Start);

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            Assert.Single(await frontier.GetDueAsync("yte", Start.AddHours(attempt), MaxAttempts, 10));
            await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Failed, Start.AddHours(attempt), "HTTP 500", NextFetchAt: Start.AddHours(attempt)));
        }

        Assert.Empty(await frontier.GetDueAsync("yte", Start.AddDays(30), MaxAttempts, 10));
        Assert.Single(await frontier.GetDueAsync("yte", Start.AddDays(30), MaxAttempts + 1, 10));
    }

    [StoreFact]
    public async Task RecordAsync_AnswerWithoutValidators_KeepsTheEarlierOnesForTheNextConditionalFetch()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First, Start)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Fetched, Start, ContentHash: "h1", ETag: "\"v1\"", LastModified: "Tue, 01 Jul 2025 01:00:00 GMT"));
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Unchanged, Start.AddDays(1), "304 not modified"));

        await frontier.AddDiscoveredAsync("yte", [new(First, Start.AddDays(2))], Start.AddDays(2));

        var due = Assert.Single(await frontier.GetDueAsync("yte", Start.AddDays(2), MaxAttempts, 10));
        Assert.Equal(("\"v1\"", "Tue, 01 Jul 2025 01:00:00 GMT"), (due.ETag, due.LastModified));
        Assert.Equal("h1", await ScalarAsync("SELECT content_hash FROM frontier"));
    }

    [StoreFact]
    public async Task AddDiscoveredAsync_FetchedAddressListedWithALaterDate_DueAgainWithAttemptsReset()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First, Start)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Fetched, Start, ContentHash: "h1"));

        var added = await frontier.AddDiscoveredAsync("yte", [new(First, Start.AddHours(3))], Start.AddHours(4));

        Assert.Equal(0, added);
        var due = Assert.Single(await frontier.GetDueAsync("yte", Start.AddHours(4), MaxAttempts, 10));
        Assert.Equal((FrontierState.Discovered, 0), (due.State, due.Attempts));
    }

    [StoreTheory]
    [InlineData(0)]
    [InlineData(-3)]
    public async Task AddDiscoveredAsync_FetchedAddressListedWithTheSameOrAnEarlierDate_StaysFetched(int hours)
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First, Start)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Fetched, Start));

        await frontier.AddDiscoveredAsync("yte", [new(First, Start.AddHours(hours)), new(First)], Start.AddHours(4));

        Assert.Empty(await frontier.GetDueAsync("yte", Start.AddHours(4), MaxAttempts, 10));
    }

    [StoreFact]
    public async Task CountDiscoveredBySourceAsync_FetchedAndWaitingAddresses_CountsOnlyTheWaitingPerSource()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First), new(Second)], Start);
        await frontier.AddDiscoveredAsync("suckhoe", [new(Third)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Fetched, Start.AddMinutes(1)));

        var queued = await frontier.CountDiscoveredBySourceAsync();

        Assert.Equal(new Dictionary<string, int> { ["suckhoe"] = 1, ["yte"] = 1 }, queued);
    }

    [StoreFact]
    public async Task AddDiscoveredAsync_FailedAddressListedWithALaterDate_KeepsItsAttempts()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First, Start)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Failed, Start, "HTTP 404", NextFetchAt: Start.AddYears(10)));

        await frontier.AddDiscoveredAsync("yte", [new(First, Start.AddDays(1))], Start.AddDays(1));

        Assert.Empty(await frontier.GetDueAsync("yte", Start.AddDays(1), MaxAttempts, 10));
        Assert.Equal(1L, await ScalarAsync("SELECT attempts FROM frontier"));
    }

    [StoreFact]
    public async Task CountByStateAsync_MixedOutcomes_CountsEachStoredState()
    {
        var frontier = await OpenAsync();
        await frontier.AddDiscoveredAsync("yte", [new(First), new(Second), new(Third)], Start);
        await frontier.RecordAsync(new FrontierUpdate(First, FrontierState.Blocked, Start, "disallowed by robots.txt"));
        await frontier.RecordAsync(new FrontierUpdate(Second, FrontierState.Duplicate, Start, DuplicateOf: "a1"));

        var counts = await frontier.CountByStateAsync();

        Assert.Equal(
            new Dictionary<string, int>(StringComparer.Ordinal) { ["blocked"] = 1, ["discovered"] = 1, ["duplicate"] = 1 },
            counts);
        Assert.Equal("a1", await ScalarAsync("SELECT duplicate_of FROM frontier WHERE state = 'duplicate'"));
    }

    [StoreFact]
    public async Task AddDiscoveredAsync_AfterReopeningTheFile_AddressesAreStillThere()
    {
        await (await OpenAsync()).AddDiscoveredAsync("yte", [new(First)], Start);

        var reopened = (await target.OpenAsync(clock, create: false)).Frontier;

        Assert.Equal(First, Assert.Single(await reopened.GetDueAsync("yte", Start, MaxAttempts, 10)).Url);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await target.DisposeAsync();

    // The stored words, written out here so that a renamed state shows up as a failing test.
    private static string FrontierStatesText(FrontierState state) => state switch
    {
        FrontierState.Fetched => "fetched",
        FrontierState.Unchanged => "unchanged",
        FrontierState.Duplicate => "duplicate",
        FrontierState.Blocked => "blocked",
        FrontierState.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private async Task<IPipelineFrontierStore> OpenAsync() => (await target.OpenAsync(clock)).Frontier;

    private Task<object?> ScalarAsync(string sql) => target.ScalarAsync(sql);
}
