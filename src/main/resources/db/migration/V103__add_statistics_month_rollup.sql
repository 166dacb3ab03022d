-- Active members of a unit's subtree per calendar month (issue 14, ADR 0007): the members with a
-- day of that month in their stat_member_tree bitmap, counted as the bitmaps change. A month of the
-- trend, or a month period, is then one row instead of a pass over every member's bitmap (the
-- province's 200,000 bitmaps cost ~7 ms per range; twelve months' trend had 13 ranges).
CREATE TABLE stat_tree_month
(
    unit_id BIGINT NOT NULL,
    month   DATE   NOT NULL CHECK (extract(DAY FROM month) = 1),
    n       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, month) INCLUDE (n)
);
