-- Active members of a unit's subtree per calendar week (from Monday), month, quarter and year
-- (issue 14, ADR 0007): the members with a day of that period in their stat_member_tree bitmap,
-- counted as the bitmaps change. It replaces the month-only stat_tree_month (V103): a standard
-- period of the dashboard (this week, this month, this quarter, this year), the period before it,
-- the same one a year earlier and the whole weeks and months of its trend are then one row each
-- instead of a pass over every member's bitmap. The rows are derived at the first start after
-- this migration (Rollups.buildSubtreesIfMissing), from the bitmaps.
CREATE TABLE stat_tree_period
(
    unit_id BIGINT NOT NULL,
    span    TEXT   NOT NULL CHECK (span IN ('WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    start   DATE   NOT NULL,
    n       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, span, start) INCLUDE (n)
);

DROP TABLE stat_tree_month;
