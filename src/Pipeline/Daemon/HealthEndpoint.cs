using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Pipeline.Indexer;
using Pipeline.Output;
using Pipeline.Status;
using Pipeline.Storage;
using Quartz;

namespace Pipeline.Daemon;

/// <summary>
/// <c>GET /healthz</c> (and HEAD: same status and headers, no body) on 127.0.0.1: 200 with the status as JSON while the scheduler runs and the store can be read;
/// 503 otherwise. A failed last run is reported in the body but keeps 200: the daemon itself is healthy, and a
/// probe that restarted it would not mend the run (<c>pipeline status --check</c> is the alarm for that).
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], async (StatusReader reader, ISchedulerFactory schedulers, CancellationToken cancellationToken) =>
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var running = await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running;
            var schedulerState = running ? "running" : "stopped";
            try
            {
                var status = await reader.ReadAsync(cancellationToken);
                var body = Json.Serialize(new { status = running ? "ok" : "unavailable", scheduler = schedulerState, healthy = status.Healthy, detail = status });
                return Results.Text(body, "application/json", statusCode: running ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception ex) when (ex is StorageException or IndexUnavailableException)
            {
                return Results.Text(Json.Serialize(new { status = "unavailable", scheduler = schedulerState, error = ex.Message }), "application/json", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
