-- Flyway callback, run as the owner role (spring.flyway.user) after every migrate, i.e. at every
-- start of the application. Idempotent. Put this file's directory in spring.flyway.locations
-- (docs/operations.md); the application role is called lantoa_app here, change it if yours differs.
-- The same file is run monthly by lantoa-partitions.timer (psql as the owner), for nodes that are not
-- restarted for months.

-- 1. Monthly partitions of shr_action for this month and the next two (Vietnamese months), as the
--    application's ActionPartitions would make them. The application role cannot: it owns neither
--    the schema nor shr_action (CREATE TABLE and ATTACH PARTITION need that), so it only logs a warning.
--    Rows of the month already in the default partition are moved, as the application does.
DO $$
DECLARE
    m    date;
    part text;
    lo   timestamptz;
    hi   timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(6001137008117961801); -- 0x5348525041525449 "SHRPARTI", the application's lock
    FOR ahead IN 0..2 LOOP
        m := (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') + make_interval(months => ahead))::date;
        part := 'shr_action_' || to_char(m, 'YYYY_MM');
        CONTINUE WHEN EXISTS (SELECT 1 FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid
                               WHERE h.inhparent = 'shr_action'::regclass AND c.relname = part);
        lo := (m::timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh';
        hi := ((m + interval '1 month')::timestamp) AT TIME ZONE 'Asia/Ho_Chi_Minh';
        EXECUTE format('CREATE TABLE %I (LIKE shr_action INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part);
        EXECUTE format('WITH moved AS (DELETE FROM shr_action_default WHERE created_at >= %L AND created_at < %L'
                       || ' RETURNING *) INSERT INTO %I SELECT * FROM moved', lo, hi, part);
        EXECUTE format('ALTER TABLE shr_action ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, lo, hi);
    END LOOP;
END
$$;

-- 2. The application role's rights on what migrations (and step 1) created: everything but changing
--    the audit log.
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO lantoa_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO lantoa_app;
REVOKE UPDATE, DELETE, TRUNCATE ON acc_audit_log FROM lantoa_app;
-- Flyway's own history is none of the application's business.
REVOKE ALL ON flyway_schema_history FROM lantoa_app;
