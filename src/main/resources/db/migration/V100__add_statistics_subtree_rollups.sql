-- Statistics at province scale (issue 14, ADR 0007): the figures of a unit's whole subtree read
-- from a handful of rows instead of summing the cells of every unit below it.
--
-- A subtree's figures are the unit's own cells (stat_action_day, unit_id = the unit) plus its
-- "below" rows: every action is also counted, per local day, in each unit above its own unit.
-- Leaf units (most of a province) have no below rows at all. The rows follow the tree of units as
-- it is: a unit moved elsewhere makes the statistics rebuild them (organization's UnitMoved).

-- Actions per day × kind × state of the units strictly below unit_id.
CREATE TABLE stat_below_day
(
    unit_id BIGINT NOT NULL,
    day     DATE   NOT NULL,
    kind    TEXT   NOT NULL,
    state   TEXT   NOT NULL,
    n       BIGINT NOT NULL,
    PRIMARY KEY (unit_id, day, kind, state)
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
    PRIMARY KEY (unit_id, dim, day, key, kind)
);

-- The days on which a member had a counted action in a unit, as a bitmap: bit i is the day
-- origin + i. Active members of any subtree and period are the rows with a bit set in the
-- period's range, one row per member and unit (from stat_member_day, which keeps the counts).
CREATE TABLE stat_member_active
(
    unit_id   BIGINT NOT NULL,
    member_id BIGINT NOT NULL,
    origin    DATE   NOT NULL,
    days      VARBIT NOT NULL,
    PRIMARY KEY (unit_id, member_id)
);

-- Whether the bitmap has a day in [f, t]: the substring of its bits from f to t.
CREATE FUNCTION stat_active_in(days VARBIT, origin DATE, f DATE, t DATE) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT CASE
           WHEN t < origin OR f >= origin + length(days) THEN false
           ELSE bit_count(substring(days FROM greatest(f - origin, 0) + 1
                                    FOR least(t, origin + length(days) - 1) - greatest(f, origin) + 1)) > 0
       END
$$;
