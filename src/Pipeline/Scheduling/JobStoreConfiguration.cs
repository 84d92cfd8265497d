using Npgsql;
using Pipeline.Configuration;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Scheduling;

/// <summary>
/// Quartz's ADO job store on the pipeline's own database: the embedded SQLite file for one daemon, or the PostgreSQL
/// store, clustered, for daemons on several nodes. The tables are our migrations' (version 5); Quartz only checks them.
/// </summary>
internal static class JobStoreConfiguration
{
    /// <summary>Names the scheduler and puts its job store on the database of <paramref name="stores"/>.</summary>
    /// <param name="quartz">The Quartz builder.</param>
    /// <param name="settings">Validated settings.</param>
    /// <param name="stores">The opened (and migrated) stores.</param>
    /// <returns>The builder.</returns>
    public static IQuartzBuilder UsePipelineJobStore(this IQuartzBuilder quartz, PipelineSettings settings, PipelineStores stores)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(stores);
        var schedule = settings.Schedule;
        var clustered = settings.Store.IsPostgres;
        quartz.ConfigureScheduler(scheduler =>
        {
            scheduler.InstanceName = schedule.InstanceName;
            if (clustered)
            {
                // The node name, stable across restarts: a restarted node recovers its own firings at once, and status
                // matches check-ins to host leases and runs by it.
                scheduler.InstanceId = settings.Node.Resolved;
                scheduler.GenerateInstanceId = false;
            }

            // A stop cancels the running job's token, then waits for it: that is how the run commits and records itself.
            scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        quartz.UsePersistentStore(store =>
        {
            if (clustered)
            {
                store.UsePostgres(NpgsqlFactory.Instance, settings.Store.ConnectionString!);
            }
            else
            {
                store.UseSqlite(stores.RequireSqlite("The daemon's Quartz job store").ConnectionString);
            }

            store.UseSystemTextJsonSerializer();
            store.ConfigureStore(ado =>
            {
                ado.TablePrefix = QuartzSchema.TablePrefix;
                // Our migrations own the tables on both providers; Quartz only checks them at start.
                ado.SchemaProvisioning = SchemaProvisioning.Validate;
                ado.MisfireThreshold = schedule.MisfireThreshold;
                ado.RecoverFiringsCancelledByShutdown = true;
            });
            if (clustered)
            {
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = schedule.ClusterCheckinInterval;
                    // The same grace status uses to call a node alive.
                    cluster.CheckinMisfireThreshold = CrawlerNode.CheckinGrace;
                });
            }
        });
        return quartz;
    }
}
