using System.Net;
using Pipeline.Crawler.Crawling;
using Pipeline.Sources;

namespace Pipeline.Tests.Sources;

public sealed class SourceSelectionTests
{
    private static readonly SourceDefinition Demo = new() { Name = "demo", Kind = "demo" };

    [Fact]
    public async Task StartAsync_DemoEntry_CrawlsTheStartedOutletsAndStopsThemOnDispose()
    {
        var outlets = new FakeOutlets();

        var selection = await SourceSelection.StartAsync([Demo], [], _ => Task.FromResult<IDemoOutlets>(outlets));
        await using (selection)
        {
            Assert.Equal(outlets.Sources, selection.Sources);
            Assert.Same(outlets.HostOverrides, selection.HostOverrides);
            Assert.False(outlets.Disposed);
        }

        Assert.True(outlets.Disposed);
    }

    [Fact]
    public async Task StartAsync_DemoEntryWithoutStarter_Throws()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SourceSelection.StartAsync([Demo], [], startDemo: null));

        Assert.Contains("'demo'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_NoDemoEntrySelected_NeverStartsTheDemo()
    {
        var web = new SourceDefinition { Name = "outlet", Feeds = ["https://example.vn/rss.xml"] };

        await using var selection = await SourceSelection.StartAsync([web, Demo], ["outlet"], _ => throw new InvalidOperationException("started"));

        Assert.Equal("outlet", Assert.Single(selection.Sources).Name);
        Assert.Null(selection.HostOverrides);
    }

    private sealed class FakeOutlets : IDemoOutlets
    {
        public IReadOnlyList<CrawlSource> Sources { get; } = [new("fake", [new Uri("http://fake.demo.localhost/rss.xml")], [], Delay: TimeSpan.Zero, AllowPrivateNetwork: true)];

        public IReadOnlyDictionary<string, IPEndPoint> HostOverrides { get; } = new Dictionary<string, IPEndPoint> { ["fake.demo.localhost"] = new(IPAddress.Loopback, 1) };

        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
