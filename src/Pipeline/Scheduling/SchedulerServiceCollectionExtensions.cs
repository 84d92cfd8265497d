using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Configuration;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>Registers the nightly scheduler: Quartz on the pipeline database, the crawl job, and the registrar that stores its trigger.</summary>
internal static class SchedulerServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineScheduler(this IServiceCollection services, PipelineSettings settings, PipelineStores stores, TimeProvider timeProvider, DaemonOptions options)
    {
        services.AddSingleton(settings);
        services.AddSingleton(timeProvider);
        services.AddSingleton(options);
        // The run history the registrar and the job read; the composition root's, when the host registered it first.
        services.TryAddSingleton(stores.Runs);
        services.AddQuartz(quartz =>
        {
            quartz.UsePipelineJobStore(settings, stores);
            quartz.UseTimeProvider(timeProvider);
            quartz.UseDefaultThreadPool(2);
            quartz.AddJobType<CrawlJob>();
        });
        // Registered before Quartz's hosted service, so the trigger is stored before the scheduler starts.
        services.AddHostedService<ScheduleRegistrar>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
