using Microsoft.Extensions.Time.Testing;
using Pipeline.Crawler.Crawling;

namespace Pipeline.Crawler.Tests.Crawling;

public sealed class HostPolitenessTests
{
    private static readonly Uri Page = new("https://tin.example.vn/bai-1.htm");
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task WaitTurnAsync_AnswerArrivedLate_NextTurnCountsFromTheAnswer()
    {
        var clock = new FakeTimeProvider();
        var politeness = new HostPoliteness(clock);
        await politeness.WaitTurnAsync(Page, Delay);

        // The request reached the host 100 ms after its slot (a new connection), and its answer came then.
        clock.Advance(TimeSpan.FromMilliseconds(100));
        politeness.Answered(Page, Delay);
        var next = politeness.WaitTurnAsync(Page, Delay);
        clock.Advance(TimeSpan.FromMilliseconds(249));

        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await next;
    }

    [Fact]
    public async Task WaitTurnAsync_AnswerWithinTheSlot_SlotUnchanged()
    {
        var clock = new FakeTimeProvider();
        var politeness = new HostPoliteness(clock);
        await politeness.WaitTurnAsync(Page, Delay);
        politeness.Answered(Page, Delay);
        clock.Advance(Delay);

        var next = politeness.WaitTurnAsync(Page, Delay);

        Assert.True(next.IsCompleted);
        await next;
    }
}
