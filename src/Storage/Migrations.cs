namespace Pipeline.Storage;

/// <summary>The schema's history. Never edit an applied migration: add a new one.</summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "frontier, articles, store sequence, runs", """
            CREATE TABLE frontier (
                url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                host TEXT NOT NULL,
                state TEXT NOT NULL,
                reason TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                discovered_at TEXT NOT NULL,
                listed_published TEXT,
                next_fetch_at TEXT,
                last_attempt_at TEXT,
                content_hash TEXT,
                etag TEXT,
                last_modified TEXT,
                duplicate_of TEXT
            );
            CREATE INDEX ix_frontier_due ON frontier (source, state, next_fetch_at);

            CREATE TABLE articles (
                id TEXT PRIMARY KEY,
                seq BIGINT NOT NULL,
                source TEXT NOT NULL,
                url TEXT NOT NULL,
                canonical_url TEXT NOT NULL,
                outlet TEXT NOT NULL,
                title TEXT NOT NULL,
                lead TEXT,
                body TEXT NOT NULL,
                paragraphs TEXT NOT NULL,
                published TEXT,
                modified TEXT,
                authors TEXT NOT NULL,
                section TEXT,
                language TEXT,
                content_hash TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ux_articles_seq ON articles (seq);
            CREATE INDEX ix_articles_hash ON articles (content_hash);

            CREATE TABLE store_sequence (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL
            );
            INSERT INTO store_sequence (name, value) VALUES ('articles', 0);

            CREATE TABLE runs (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT,
                status TEXT NOT NULL,
                discovered INTEGER NOT NULL DEFAULT 0,
                fetched INTEGER NOT NULL DEFAULT 0,
                new_articles INTEGER NOT NULL DEFAULT 0,
                updated_articles INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                skipped INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0,
                indexed INTEGER NOT NULL DEFAULT 0,
                message TEXT,
                report TEXT
            );
            """),
        new(2, "run counters for duplicates and robots.txt blocks", """
            ALTER TABLE runs ADD COLUMN duplicates INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE runs ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
            """),
        new(3, "facts stored with each article", """
            ALTER TABLE articles ADD COLUMN facts TEXT;
            ALTER TABLE articles ADD COLUMN facts_seq BIGINT NOT NULL DEFAULT 0;
            CREATE INDEX ix_articles_facts ON articles (facts_seq, seq);
            """),
        new(4, "run history: stage reached, who fired the run, analysed count, errors", """
            ALTER TABLE runs ADD COLUMN stage TEXT;
            ALTER TABLE runs ADD COLUMN fired_by TEXT;
            ALTER TABLE runs ADD COLUMN owner TEXT;
            ALTER TABLE runs ADD COLUMN analyzed INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE runs ADD COLUMN errors TEXT;
            """),
        new(5, "Quartz.NET job store (qrtz_*): schedules and interrupted firings survive restarts", QuartzSchema.Sql),
        new(6, "runs by kind and status", """
            CREATE INDEX ix_runs_kind_status ON runs (kind, status, started_at);
            """),
        // Day, month, cooperation (and the story
        // signature for counts) are copied into every fact table so that each trend is one scan and GROUP BY, with no join
        // (article_country_topics is partner countries crossed with topics, once per article, for the same reason); the
        // indexes cover the grouped columns in GROUP BY order, so the groups stream out of the index without a sort.
        new(7, "trend fact tables: one row per article, its topics, participants and counts", """
            CREATE TABLE article_trend (
                article_id TEXT PRIMARY KEY,
                facts_seq BIGINT NOT NULL,
                day TEXT,
                month TEXT,
                outlet TEXT NOT NULL,
                cooperation INTEGER NOT NULL,
                story BIGINT NOT NULL
            );

            CREATE TABLE article_topics (
                article_id TEXT NOT NULL,
                label TEXT NOT NULL,
                score DOUBLE PRECISION NOT NULL,
                day TEXT,
                month TEXT,
                cooperation INTEGER NOT NULL,
                PRIMARY KEY (article_id, label)
            );

            CREATE TABLE article_partners (
                article_id TEXT NOT NULL,
                role TEXT NOT NULL,
                partner_key TEXT NOT NULL,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                country_code TEXT,
                country TEXT,
                day TEXT,
                month TEXT,
                cooperation INTEGER NOT NULL,
                PRIMARY KEY (article_id, role, partner_key)
            );

            CREATE TABLE article_counts (
                article_id TEXT NOT NULL,
                ordinal INTEGER NOT NULL,
                kind TEXT NOT NULL,
                currency TEXT,
                amount NUMERIC NOT NULL,
                approx TEXT NOT NULL,
                noun TEXT NOT NULL,
                span TEXT NOT NULL,
                unit TEXT NOT NULL,
                day TEXT,
                cooperation INTEGER NOT NULL,
                story BIGINT NOT NULL,
                PRIMARY KEY (article_id, ordinal)
            );

            CREATE TABLE article_country_topics (
                article_id TEXT NOT NULL,
                country_code TEXT NOT NULL,
                country TEXT NOT NULL,
                label TEXT NOT NULL,
                day TEXT,
                cooperation INTEGER NOT NULL,
                PRIMARY KEY (article_id, country_code, label)
            );

            CREATE INDEX ix_article_trend_month ON article_trend (month, outlet, day, cooperation);
            CREATE INDEX ix_article_topics_month ON article_topics (month, label, day, cooperation);
            CREATE INDEX ix_article_partners_actor ON article_partners (role, partner_key, name, kind, country_code, country, month, day, cooperation, article_id);
            CREATE INDEX ix_article_partners_country ON article_partners (role, country_code, country, month, article_id, day, cooperation);
            CREATE INDEX ix_article_country_topics ON article_country_topics (country_code, label, country, day, cooperation);
            CREATE INDEX ix_article_counts_report ON article_counts (kind, unit, amount, day, article_id, ordinal, story, currency, cooperation);
            """),
        // Nullable: articles stored before this version, and imported ones, were never decoded from a fetched body.
        new(8, "charset decision stored with each article: declared, used, why, invalid sequences replaced", """
            ALTER TABLE articles ADD COLUMN charset_declared TEXT;
            ALTER TABLE articles ADD COLUMN charset_used TEXT;
            ALTER TABLE articles ADD COLUMN charset_reason TEXT;
            ALTER TABLE articles ADD COLUMN charset_replaced INTEGER;
            """),
        // One row per host of the frontier. Only crawler nodes sharing a PostgreSQL database lease hosts; on SQLite one
        // process crawls, the table stays unused, and the version number still means the same tables on both.
        new(9, "host leases: which crawler node crawls a host, until when, and when the host may be asked next", """
            CREATE TABLE host_leases (
                host TEXT PRIMARY KEY,
                node TEXT,
                expires_at TEXT,
                next_allowed_at TEXT
            );
            INSERT INTO host_leases (host) SELECT DISTINCT host FROM frontier;
            """),
        // Written only by `pipeline store copy` into a PostgreSQL target; on SQLite the table stays empty, and the
        // version number still means the same tables on both.
        new(10, "store copies: which store a database was copied from, and whether the copy completed", """
            CREATE TABLE store_copies (
                source TEXT PRIMARY KEY,
                description TEXT NOT NULL,
                started_at TEXT NOT NULL,
                completed_at TEXT
            );
            """),
        // The node column lets a node that starts mark as interrupted only what it left running, not the runs of other
        // live nodes sharing a PostgreSQL database; on SQLite one process runs at a time and it is shown only. The index
        // is the one of Quartz's own DDL (tables_postgres.sql, create_sqlite.sql) that version 5 left out.
        new(11, "runs: the node that ran each one; Quartz job details by group", """
            ALTER TABLE runs ADD COLUMN node TEXT;
            CREATE INDEX idx_qrtz_j_g_n ON qrtz_job_details (sched_name, job_group, job_name);
            """),
    ];
}
