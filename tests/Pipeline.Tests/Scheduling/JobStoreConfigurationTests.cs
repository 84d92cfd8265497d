using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pipeline.Configuration;
using Pipeline.Scheduling;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Tests.Scheduling;

/// <summary>
/// Two Quartz schedulers in one process, each configured as a daemon node is (our job store on one PostgreSQL
/// database, clustered, instance id = node name): a trigger due fires on exactly one of them.
/// </summary>
/// <param name="server">The server, started on first use.</param>
[RequiresPostgres]
[Trait("Category", "Slow")]
public sealed class JobStoreConfigurationTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private const int Firings = 4;

    private readonly TempDirectory temp = new();

    [StoreFact]
    public async Task UsePipelineJobStore_TwoNodesOnOneDatabase_EachDueFiringRunsOnExactlyOneNode()
    {
        var store = new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = await server.CreateDatabaseAsync() };
        var executions = new Executions();
        await using var a = await NodeAsync("node-a", store, executions);
        await using var b = await NodeAsync("node-b", store, executions);
        var schedulerA = await a.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerB = await b.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await schedulerA.Start();
        await schedulerB.Start();

        var job = JobBuilder.Create<RecordingJob>().WithIdentity("recording", "test").StoreDurably().RequestRecovery().Build();
        await schedulerA.AddJob(job, AddJobOptions.Replacing);
        var due = DateTimeOffset.UtcNow.AddSeconds(1);
        for (var i = 0; i < Firings; i++)
        {
            await schedulerA.ScheduleJob(TriggerBuilder.Create().WithIdentity("due-" + i, "test").ForJob(job.Key).StartAt(due.AddMilliseconds(200 * i)).Build());
        }

        var stopwatch = Stopwatch.StartNew();
        while (executions.Count < Firings && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        // Time for a second node to fire any of them again, were it going to.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await schedulerA.Shutdown(waitForJobsToComplete: true);
        await schedulerB.Shutdown(waitForJobsToComplete: true);

        Assert.Equal(Enumerable.Range(0, Firings).Select(i => "due-" + i), executions.Triggers.Order(StringComparer.Ordinal));
        Assert.All(executions.Nodes, node => Assert.Contains(node, new[] { "node-a", "node-b" }));
        Assert.Equal(["node-a", "node-b"], await CheckedInAsync(store.ConnectionString!));
    }

    public void Dispose() => temp.Dispose();

    private static async Task<List<string>> CheckedInAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_name FROM qrtz_scheduler_state ORDER BY instance_name", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private async Task<ServiceProvider> NodeAsync(string node, StoreOptions store, Executions executions)
    {
        var settings = new PipelineSettings { DataDir = temp.Combine(node), Store = store };
        settings.Node.Name = node;
        settings.Schedule.ClusterCheckinInterval = TimeSpan.FromSeconds(1);
        PipelineSettingsValidator.Validate(settings);
        var stores = await StoreFactory.OpenAsync(settings.Store, new DataDirectory(settings.DataDir), StoreAccess.Create, TimeProvider.System);
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(executions)
            .AddQuartz(quartz =>
            {
                quartz.UsePipelineJobStore(settings, stores);
                quartz.UseDefaultThreadPool(2);
                quartz.AddJobType<RecordingJob>();
            })
            .BuildServiceProvider();
    }

    /// <summary>What ran where, shared by both nodes.</summary>
    private sealed class Executions
    {
        private readonly ConcurrentQueue<(string Trigger, string Node)> runs = new();

        public int Count => runs.Count;

        public IEnumerable<string> Triggers => runs.Select(r => r.Trigger);

        public IEnumerable<string> Nodes => runs.Select(r => r.Node);

        public void Add(string trigger, string node) => runs.Enqueue((trigger, node));
    }

    [DisallowConcurrentExecution]
    private sealed class RecordingJob(Executions executions) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            executions.Add(context.Trigger.Key.Name, context.Scheduler.SchedulerInstanceId);
            await Task.Delay(100, cancellationToken);
        }
    }
}
