-- Statistics: rollups of the logged actions, kept exact from the sharing module's events (the
-- statistics never read shr_action; they get each action through sharing's ActionFacts view).

-- What the rollups hold for each action: the cell it was counted in. An event is applied by
-- moving the action from this cell to the one of its current state, so replays and retries
-- change nothing and the order of events does not matter.
CREATE TABLE stat_action
(
    action_id BIGINT  NOT NULL PRIMARY KEY,
    day       DATE    NOT NULL,
    unit_id   BIGINT  NOT NULL,
    member_id BIGINT  NOT NULL,
    kind      TEXT    NOT NULL,
    topic_id  BIGINT  NOT NULL, -- 0 without a campaign
    platform  TEXT    NOT NULL,
    source    TEXT    NOT NULL, -- '' without an official source
    state     TEXT    NOT NULL
);

-- Actions per local day (Asia/Ho_Chi_Minh) × unit × kind × topic × platform × source × state.
-- A subtree's period is one index range per unit of the subtree.
CREATE TABLE stat_action_day
(
    unit_id  BIGINT NOT NULL,
    day      DATE   NOT NULL,
    kind     TEXT   NOT NULL,
    topic_id BIGINT NOT NULL,
    platform TEXT   NOT NULL,
    source   TEXT   NOT NULL,
    state    TEXT   NOT NULL,
    n        BIGINT NOT NULL CHECK (n > 0),
    PRIMARY KEY (unit_id, day, kind, topic_id, platform, source, state)
);

-- Members who logged at least one action that was not rejected, per unit and local day, with how
-- many: active members of any period are the distinct members of its rows.
CREATE TABLE stat_member_day
(
    unit_id   BIGINT NOT NULL,
    day       DATE   NOT NULL,
    member_id BIGINT NOT NULL,
    n         INT    NOT NULL CHECK (n > 0),
    PRIMARY KEY (unit_id, day, member_id)
);

-- A sharing group's participation: its members' actions, wherever they logged them.
CREATE INDEX stat_action_member_idx ON stat_action (member_id, day);
