-- The unit cells' primary key carries the count (issue 14): a unit's own cells split by topic,
-- platform or source are then read from the index alone. A commune's own cells for a year lie on a
-- few hundred scattered heap pages; read cold from the index instead: 23 ms -> 0.5 ms
-- (BENCHMARKS.md, "Statistics").
ALTER TABLE stat_action_day
    DROP CONSTRAINT stat_action_day_pkey,
    ADD CONSTRAINT stat_action_day_pkey PRIMARY KEY (unit_id, day, kind, topic_id, platform, source, state) INCLUDE (n);
