using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Discovery;
using Pipeline.Crawler.Frontier;
using Pipeline.Storage.Tests.Contracts;
using Pipeline.TestSupport;

namespace Pipeline.Storage.Tests.Postgres;

/// <summary>Host leases on PostgreSQL: one node per host, lapsed leases taken over, the pause handed on.</summary>
/// <param name="server">The shared throw-away server.</param>
[RequiresPostgres]
[Collection(SharedPostgres.Name)]
public sealed class PostgresHostLeasesTests(PostgresServer server)
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly string[] Sources = ["yte"];

    private readonly FakeTimeProvider clock = new(Start);

    [StoreFact]
    public async Task TryLeaseDueHostAsync_TwoNodes_EachGetsAnotherHostAndAThirdAskGetsNone()
    {
        var leases = await OpenAsync();

        var a = await leases.TryLeaseDueHostAsync("a", Sources, Start, 3, [], Start, Lease);
        var b = await leases.TryLeaseDueHostAsync("b", Sources, Start, 3, [], Start, Lease);

        Assert.Equal(["baoyte.example", "suckhoe.example"], new[] { a!.Host, b!.Host }.Order(StringComparer.Ordinal));
        Assert.Null(await leases.TryLeaseDueHostAsync("c", Sources, Start, 3, [], Start, Lease));
        Assert.Null(await leases.TryLeaseHostAsync("c", a.Host, Start, Lease));
        Assert.Equal(Start + Lease, await leases.NextExpiryAsync("c", Sources, Start, 3, [], Start));
    }

    [StoreFact]
    public async Task TryLeaseDueHostAsync_LeaseRunOut_TakenByAnotherNodeAndLostToTheFirst()
    {
        var leases = await OpenAsync();
        var a = await leases.TryLeaseHostAsync("a", "baoyte.example", Start, Lease);

        var later = Start + Lease;
        var b = await leases.TryLeaseDueHostAsync("b", Sources, Start, 3, ["suckhoe.example"], later, Lease);

        Assert.Equal(a!.Host, b!.Host);
        Assert.Empty(await leases.RenewAsync("a", [a.Host], later + Lease));
        Assert.Equal([a.Host], await leases.RenewAsync("b", [a.Host], later + Lease));
    }

    [StoreFact]
    public async Task ReleaseAsync_WithNextAllowedTime_HandedToTheNextHolder()
    {
        var leases = await OpenAsync();
        var a = await leases.TryLeaseHostAsync("a", "baoyte.example", Start, Lease);
        var next = Start.AddSeconds(5);

        await leases.ReleaseAsync("a", a!.Host, next);
        await leases.ReleaseAsync("b", a.Host, Start.AddHours(1));

        var b = await leases.TryLeaseHostAsync("b", a.Host, Start.AddSeconds(1), Lease);
        Assert.Equal(next, b!.NextAllowedAt);
        Assert.Equal(2, (await leases.GetDueOnHostAsync(a.Host, Sources, Start, 3, 10)).Count);
    }

    private async Task<IHostLeases> OpenAsync()
    {
        // A new database per test; the server outlives the class.
        var stores = await new PostgresTarget(server).OpenAsync(clock);
        await stores.Frontier.AddDiscoveredAsync("yte", [new DiscoveredLink(new Uri("https://baoyte.example/a.htm")), new DiscoveredLink(new Uri("https://baoyte.example/b.htm")), new DiscoveredLink(new Uri("https://suckhoe.example/c.htm"))], Start);
        return stores.HostLeases!;
    }
}
