-- Visits: the visitor counter. Nodes count in memory and add their counts here about once a
-- second with additive upserts, so any number of nodes sum exactly.

-- One random key per local day (Asia/Ho_Chi_Minh); a visitor is HMAC-SHA256(key, IP + user agent).
-- Keys older than yesterday are deleted, so old visitor hashes can no longer be linked to anyone.
CREATE TABLE visits_day_key
(
    day    DATE  NOT NULL PRIMARY KEY,
    secret BYTEA NOT NULL
);

-- When each (hashed) visitor was last seen, shared by all nodes: decides visits (30 minutes of
-- silence) and "online now" (seen in the last 5 minutes). Rows older than a day are deleted.
-- Every flush updates the rows of the visitors it saw: no index on last_seen and free space in
-- each page keep those updates HOT (no index writes); "online now" scans one day of visitors,
-- once a second per node at most.
CREATE TABLE visits_visitor
(
    visitor   TEXT        NOT NULL PRIMARY KEY,
    last_seen TIMESTAMPTZ NOT NULL,
    prev_seen TIMESTAMPTZ
) WITH (fillfactor = 50);

-- Visits and page views per local day.
CREATE TABLE visits_day
(
    day        DATE   NOT NULL PRIMARY KEY,
    visits     BIGINT NOT NULL DEFAULT 0,
    page_views BIGINT NOT NULL DEFAULT 0
);

-- Page views per page (path without query) per local day: the top-articles report.
CREATE TABLE visits_page_day
(
    day   DATE   NOT NULL,
    path  TEXT   NOT NULL,
    views BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (day, path)
);
CREATE INDEX visits_page_day_path_idx ON visits_page_day (path, day);

-- The site's settings: the starting offset added to the total (visits counted by an older system).
CREATE TABLE visits_setting
(
    id           SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    total_offset BIGINT   NOT NULL DEFAULT 0 CHECK (total_offset >= 0)
);
INSERT INTO visits_setting (id, total_offset) VALUES (1, 0);
