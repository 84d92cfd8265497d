namespace Pipeline.Storage;

/// <summary>
/// The tables Quartz.NET 4.7's ADO job store reads and writes (prefix <c>qrtz_</c>), created by our own migration
/// so that one schema history covers the whole database. Times are .NET ticks in BIGINT columns, as the store
/// writes them. Only the required tables: the optional execution-history tables stay out, as the history is off.
/// </summary>
/// <remarks>
/// Portable types except one: job and calendar data are BLOB, which PostgreSQL spells BYTEA. Subtype rows go
/// with their trigger through ON DELETE CASCADE rather than SQLite triggers. Quartz checks every table and the
/// columns later releases added when it starts, so a mismatch stops the daemon at start, not at 02:00.
/// </remarks>
public static class QuartzSchema
{
    /// <summary>The table prefix the store is configured with.</summary>
    public const string TablePrefix = "qrtz_";

    /// <summary>The statements that create the tables, in the portable form (BLOB columns).</summary>
    public const string Sql = """
        CREATE TABLE qrtz_job_details (
            sched_name VARCHAR(120) NOT NULL,
            job_name VARCHAR(150) NOT NULL,
            job_group VARCHAR(150) NOT NULL,
            description VARCHAR(250),
            job_class_name VARCHAR(250) NOT NULL,
            is_durable BOOLEAN NOT NULL,
            is_nonconcurrent BOOLEAN NOT NULL,
            is_update_data BOOLEAN NOT NULL,
            requests_recovery BOOLEAN NOT NULL,
            job_data BLOB,
            PRIMARY KEY (sched_name, job_name, job_group)
        );

        CREATE TABLE qrtz_triggers (
            sched_name VARCHAR(120) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            job_name VARCHAR(150) NOT NULL,
            job_group VARCHAR(150) NOT NULL,
            description VARCHAR(250),
            next_fire_time BIGINT,
            prev_fire_time BIGINT,
            priority INTEGER,
            trigger_state VARCHAR(16) NOT NULL,
            trigger_type VARCHAR(8) NOT NULL,
            start_time BIGINT NOT NULL,
            end_time BIGINT,
            calendar_name VARCHAR(200),
            misfire_instr INTEGER,
            misfire_orig_fire_time BIGINT,
            execution_group VARCHAR(200),
            preferred_node VARCHAR(200),
            preferred_node_auto BOOLEAN NOT NULL DEFAULT FALSE,
            retry_policy VARCHAR(250),
            retry_attempt INTEGER,
            continues_trigger_name VARCHAR(150),
            continues_trigger_group VARCHAR(150),
            continuation_condition INTEGER,
            overlap_policy INTEGER,
            pause_reason VARCHAR(250),
            paused_by VARCHAR(200),
            paused_at BIGINT,
            misfire_threshold BIGINT,
            fixed_delay BOOLEAN,
            job_data BLOB,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group)
        );
        CREATE INDEX ix_qrtz_triggers_job ON qrtz_triggers (sched_name, job_name, job_group);
        CREATE INDEX ix_qrtz_triggers_group ON qrtz_triggers (sched_name, trigger_group, trigger_name);
        CREATE INDEX ix_qrtz_triggers_calendar ON qrtz_triggers (sched_name, calendar_name);
        CREATE INDEX ix_qrtz_triggers_due ON qrtz_triggers (sched_name, trigger_state, next_fire_time, priority, misfire_instr);

        CREATE TABLE qrtz_simple_triggers (
            sched_name VARCHAR(120) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            repeat_count BIGINT NOT NULL,
            repeat_interval BIGINT NOT NULL,
            times_triggered BIGINT NOT NULL,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );

        CREATE TABLE qrtz_simprop_triggers (
            sched_name VARCHAR(120) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            str_prop_1 VARCHAR(512),
            str_prop_2 VARCHAR(512),
            str_prop_3 VARCHAR(512),
            int_prop_1 INTEGER,
            int_prop_2 INTEGER,
            long_prop_1 BIGINT,
            long_prop_2 BIGINT,
            dec_prop_1 NUMERIC(13, 4),
            dec_prop_2 NUMERIC(13, 4),
            bool_prop_1 BOOLEAN,
            bool_prop_2 BOOLEAN,
            time_zone_id VARCHAR(80),
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );

        CREATE TABLE qrtz_cron_triggers (
            sched_name VARCHAR(120) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            cron_expression VARCHAR(250) NOT NULL,
            time_zone_id VARCHAR(80),
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );

        CREATE TABLE qrtz_blob_triggers (
            sched_name VARCHAR(120) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            blob_data BLOB,
            PRIMARY KEY (sched_name, trigger_name, trigger_group),
            FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE
        );

        CREATE TABLE qrtz_fired_triggers (
            sched_name VARCHAR(120) NOT NULL,
            entry_id VARCHAR(140) NOT NULL,
            trigger_name VARCHAR(150) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            instance_name VARCHAR(200) NOT NULL,
            fired_time BIGINT NOT NULL,
            sched_time BIGINT NOT NULL,
            priority INTEGER NOT NULL,
            state VARCHAR(16) NOT NULL,
            job_name VARCHAR(150),
            job_group VARCHAR(150),
            is_nonconcurrent BOOLEAN,
            requests_recovery BOOLEAN,
            execution_group VARCHAR(200),
            progress INTEGER,
            progress_message VARCHAR(250),
            interrupt_requested_time BIGINT,
            PRIMARY KEY (sched_name, entry_id)
        );
        CREATE INDEX ix_qrtz_fired_recovery ON qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
        CREATE INDEX ix_qrtz_fired_job ON qrtz_fired_triggers (sched_name, job_name, job_group);
        CREATE INDEX ix_qrtz_fired_trigger ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);

        CREATE TABLE qrtz_calendars (
            sched_name VARCHAR(120) NOT NULL,
            calendar_name VARCHAR(200) NOT NULL,
            calendar BLOB NOT NULL,
            PRIMARY KEY (sched_name, calendar_name)
        );

        CREATE TABLE qrtz_paused_trigger_grps (
            sched_name VARCHAR(120) NOT NULL,
            trigger_group VARCHAR(150) NOT NULL,
            pause_reason VARCHAR(250),
            paused_by VARCHAR(200),
            paused_at BIGINT,
            PRIMARY KEY (sched_name, trigger_group)
        );

        CREATE TABLE qrtz_paused_job_grps (
            sched_name VARCHAR(120) NOT NULL,
            job_group VARCHAR(150) NOT NULL,
            pause_reason VARCHAR(250),
            paused_by VARCHAR(200),
            paused_at BIGINT,
            PRIMARY KEY (sched_name, job_group)
        );

        CREATE TABLE qrtz_scheduler_state (
            sched_name VARCHAR(120) NOT NULL,
            instance_name VARCHAR(200) NOT NULL,
            last_checkin_time BIGINT NOT NULL,
            checkin_interval BIGINT NOT NULL,
            quartz_version VARCHAR(20),
            PRIMARY KEY (sched_name, instance_name)
        );

        CREATE TABLE qrtz_locks (
            sched_name VARCHAR(120) NOT NULL,
            lock_name VARCHAR(40) NOT NULL,
            PRIMARY KEY (sched_name, lock_name)
        );
        """;
}
