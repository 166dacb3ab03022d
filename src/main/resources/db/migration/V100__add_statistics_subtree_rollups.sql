-- Statistics at province scale (issue 14, ADR 0007): the figures of a unit's whole subtree read
-- from a handful of rows instead of summing the cells of every unit below it.
--
-- A subtree's figures are the unit's own cells (stat_action_day, unit_id = the unit) plus its
-- "below" rows: every action is also counted, per local day, in each unit above its own unit.
-- Leaf units (most of a province) have no below rows at all. The rows follow the tree of units as
-- it is: a unit moved elsewhere makes the statistics rebuild them (organization's UnitMoved).

-- Actions per day × kind × state of the units strictly below unit_id (n in the key's index:
-- index-only scans).
CREATE TABLE stat_below_day
(
    unit_id BIGINT NOT NULL,
    day     DATE   NOT NULL,
    kind    TEXT   NOT NULL,
    state   TEXT   NOT NULL,
    n       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, day, kind, state) INCLUDE (n)
);

-- Counted (not rejected) actions per day × kind by topic ('t', key = topic id, '0' without a
-- campaign), platform ('p') and official source ('s', '' without one), of the units below unit_id.
CREATE TABLE stat_below_split
(
    unit_id BIGINT NOT NULL,
    dim     CHAR(1) NOT NULL CHECK (dim IN ('t', 'p', 's')),
    day     DATE   NOT NULL,
    key     TEXT   NOT NULL,
    kind    TEXT   NOT NULL,
    n       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, dim, day, key, kind) INCLUDE (n)
);

-- A subtree's totals read the own cells of its unit or of its children for a range of days: an
-- index-only scan of this index, instead of one heap page per cell (the cells of a unit lie where
-- each day's actions were written, so a leaf's year was ~2,000 scattered pages; 11 leaves ~185 ms).
CREATE INDEX stat_action_day_unit_totals_idx ON stat_action_day (unit_id, day) INCLUDE (kind, state, n);

-- The days on which a member had a counted action in a unit, as a bitmap: bit i is the day
-- origin + i (from stat_member_day, which keeps the counts; a bit stays 0 once its day is no
-- longer counted).
CREATE TABLE stat_member_active
(
    unit_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    origin    DATE   NOT NULL,
    days      VARBIT NOT NULL,
    PRIMARY KEY (unit_id, member_id)
);
CREATE INDEX stat_member_active_member_idx ON stat_member_active (member_id);

-- The same for a unit's whole subtree: the days the member had a counted action in the unit or
-- any unit under it, one row per member and unit (the member's unit and each one above it). The
-- active members of a subtree in any period are the rows of its unit with a bit in the range.
CREATE TABLE stat_member_tree
(
    unit_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    origin    DATE   NOT NULL,
    days      VARBIT NOT NULL,
    PRIMARY KEY (unit_id, member_id)
);

-- Whether the bitmap has a day in [f, t] (substring clips a range that starts before the
-- origin or ends after the last bit).
CREATE FUNCTION stat_active_in(days VARBIT, origin DATE, f DATE, t DATE) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT bit_count(substring(days FROM f - origin + 1 FOR t - f + 1)) > 0
$$;
