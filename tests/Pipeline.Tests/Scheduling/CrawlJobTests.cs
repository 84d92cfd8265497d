using Pipeline.Scheduling;

namespace Pipeline.Tests.Scheduling;

public sealed class CrawlJobTests
{
    [Fact]
    public void CrawlJob_Attributes_ForbidConcurrentRuns()
    {
        Assert.True(Attribute.IsDefined(typeof(CrawlJob), typeof(Quartz.DisallowConcurrentExecutionAttribute)));
    }
}
