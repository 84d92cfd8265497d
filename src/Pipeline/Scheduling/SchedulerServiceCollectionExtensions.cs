using Microsoft.Extensions.DependencyInjection;
using Pipeline.Configuration;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>Registers the nightly scheduler: Quartz on the pipeline database, the crawl job, and the registrar that stores its trigger.</summary>
internal static class SchedulerServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineScheduler(this IServiceCollection services, PipelineSettings settings, PipelineDatabase database, TimeProvider timeProvider, DaemonOptions options)
    {
        var schedule = settings.Schedule;
        services.AddSingleton(settings);
        services.AddSingleton(timeProvider);
        services.AddSingleton(options);
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = schedule.InstanceName;
                // Cluster nodes need distinct ids; a single node keeps Quartz's fixed one so its firings are recovered by itself.
                scheduler.GenerateInstanceId = schedule.Clustered;
                // A stop cancels the running job's token, then waits for it: that is how the run commits and records itself.
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.UseTimeProvider(timeProvider);
            quartz.UseDefaultThreadPool(2);
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite(database.ConnectionString);
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(ado =>
                {
                    ado.TablePrefix = QuartzSchema.TablePrefix;
                    // Our migration 5 owns the tables; Quartz only checks them at start.
                    ado.SchemaProvisioning = SchemaProvisioning.Validate;
                    ado.MisfireThreshold = schedule.MisfireThreshold;
                    ado.RecoverFiringsCancelledByShutdown = true;
                });
                if (schedule.Clustered)
                {
                    store.UseClustering(cluster => cluster.CheckinInterval = TimeSpan.FromSeconds(20));
                }
            });
            quartz.AddJobType<CrawlJob>();
        });
        // Registered before Quartz's hosted service, so the trigger is stored before the scheduler starts.
        services.AddHostedService<ScheduleRegistrar>();
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
