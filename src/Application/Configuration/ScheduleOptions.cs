using System.ComponentModel.DataAnnotations;
using Quartz;

namespace Pipeline.Configuration;

/// <summary>The nightly daemon (<c>pipeline schedule</c>): when it crawls, what, and how it stops.</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    /// <summary>
    /// When runs start, as a Quartz cron expression (seconds first: <c>s m h day-of-month month day-of-week</c>).
    /// Default <c>0 0 2 * * ?</c>, 02:00 every night.
    /// </summary>
    [Required]
    public string Cron { get; set; } = "0 0 2 * * ?";

    /// <summary>The time zone <see cref="Cron"/> is read in (IANA or Windows id). Default <c>Asia/Ho_Chi_Minh</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// How late a start may be and still count as on time. Default 00:01:00 (1 s to 1 h). A start missed by more
    /// (the daemon was down) is made up once when the daemon starts, however many were missed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// After a stop signal, how long a run may take to analyse and index what it has stored before it ends as
    /// "cancelled". Default 00:00:15 (1 s to 5 min); the daemon exits within this plus 10 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Port of <c>/healthz</c> on 127.0.0.1 while the daemon runs. Default 8787; 0 picks a free port (printed at start).</summary>
    [Range(0, 65535)]
    public int HealthPort { get; set; } = 8787;

    /// <summary>The sources file the daemon crawls. Default: the bundled <c>data/sources.json</c>.</summary>
    public string? SourcesFile { get; set; }

    /// <summary>Names of the sources crawled each night. Default: every source in the file.</summary>
    public List<string> Sources { get; set; } = [];

    /// <summary>
    /// Several crawler nodes sharing one PostgreSQL database through Quartz clustering: the nightly trigger fires on
    /// one node, and a job whose node died is run again by another. Default false. With Store:Provider "postgres" the
    /// daemon is clustered whatever this says (two unclustered schedulers on one job store would both fire); true with
    /// "sqlite" is refused.
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>
    /// On PostgreSQL, how often a daemon records in the database that it is alive. A node that misses its check-ins
    /// for this long plus 7.5 s counts as dead, and another node runs its job again. Default 00:00:20 (1 s to 10 min).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The scheduler's name in the job store; nodes of one cluster share it. Default <c>pipeline</c>.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_.-]{1,100}$", ErrorMessage = "The InstanceName field must be 1 to 100 letters, digits, '_', '.' or '-'.")]
    public string InstanceName { get; set; } = "pipeline";

    /// <summary>The time zone object of <see cref="TimeZone"/>; call after validation.</summary>
    /// <returns>The zone.</returns>
    public TimeZoneInfo FindTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Cron) && !CronExpression.TryParse(Cron, out _))
        {
            yield return new ValidationResult($"The Cron field '{Cron}' is not a Quartz cron expression (seconds first, e.g. '0 0 2 * * ?').", [nameof(Cron)]);
        }

        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"The TimeZone field '{TimeZone}' is not a known time zone (e.g. 'Asia/Ho_Chi_Minh').", [nameof(TimeZone)]);
        }
    }
}
