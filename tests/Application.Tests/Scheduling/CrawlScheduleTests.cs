using Microsoft.Extensions.Time.Testing;
using Pipeline.Configuration;
using Pipeline.Scheduling;

namespace Pipeline.Tests.Scheduling;

public sealed class CrawlScheduleTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public void NextStart_DefaultSchedule_Is0200VietnamTimeNextNight()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 1, 10, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Equal(At(2025, 6, 2, 2, 0), schedule.NextStart());
    }

    [Fact]
    public void NextStart_JustBefore0200_IsTonight()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 1, 59));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Equal(At(2025, 6, 2, 2, 0), schedule.NextStart());
    }

    [Fact]
    public void NextStart_ZoneIsVietnam_UtcEquivalentIsPreviousEvening()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Equal(new DateTimeOffset(2025, 6, 1, 19, 0, 0, TimeSpan.Zero), schedule.NextStart()!.Value.ToUniversalTime());
    }

    [Fact]
    public void MissedStart_DaemonDownOverNight_ReturnsThatNightsStart()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 9, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        var missed = schedule.MissedStart(lastRunStart: At(2025, 6, 1, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0));

        Assert.Equal(At(2025, 6, 2, 2, 0), missed);
    }

    [Fact]
    public void MissedStart_DownForSeveralNights_ReturnsOnlyTheLatestSoOneRunCatchesUp()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 5, 9, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        var missed = schedule.MissedStart(lastRunStart: At(2025, 6, 1, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0));

        Assert.Equal(At(2025, 6, 5, 2, 0), missed);
    }

    [Fact]
    public void MissedStart_RunStartedAfterLastStart_ReturnsNull()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 9, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Null(schedule.MissedStart(lastRunStart: At(2025, 6, 2, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0)));
    }

    [Fact]
    public void MissedStart_KilledRunRestartedSameNight_ReturnsNullBecauseRecoveryCoversIt()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 2, 30));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Null(schedule.MissedStart(lastRunStart: At(2025, 6, 2, 2, 0).AddMilliseconds(40), scheduledSince: At(2025, 5, 20, 10, 0)));
    }

    [Fact]
    public void MissedStart_ScheduleNewerThanLastStart_ReturnsNull()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 9, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        // A fresh install at 08:00: the 02:00 before it was never this daemon's to run.
        Assert.Null(schedule.MissedStart(lastRunStart: null, scheduledSince: At(2025, 6, 2, 8, 0)));
    }

    [Fact]
    public void MissedStart_NeverRanSinceInstalledLastWeek_ReturnsLatestStart()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 9, 0));
        var schedule = new CrawlSchedule(new ScheduleOptions(), clock);

        Assert.Equal(At(2025, 6, 2, 2, 0), schedule.MissedStart(lastRunStart: null, scheduledSince: At(2025, 5, 26, 8, 0)));
    }

    [Fact]
    public void MissedStart_WithinMisfireThreshold_ReturnsNullBecauseQuartzFiresItOnTime()
    {
        var clock = new FakeTimeProvider(At(2025, 6, 2, 2, 0, 30));
        var schedule = new CrawlSchedule(new ScheduleOptions { MisfireThreshold = TimeSpan.FromMinutes(1) }, clock);

        Assert.Null(schedule.MissedStart(lastRunStart: At(2025, 6, 1, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0)));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(At(2025, 6, 2, 2, 0), schedule.MissedStart(lastRunStart: At(2025, 6, 1, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0)));
    }

    [Fact]
    public void MissedStart_HourlyCronDownForAYear_ReturnsLatestStart()
    {
        var clock = new FakeTimeProvider(At(2026, 6, 2, 9, 30));
        var schedule = new CrawlSchedule(new ScheduleOptions { Cron = "0 0 * * * ?" }, clock);

        Assert.Equal(At(2026, 6, 2, 9, 0), schedule.MissedStart(lastRunStart: At(2025, 6, 1, 2, 0, 1), scheduledSince: At(2025, 5, 20, 10, 0)));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, Vietnam);
}
