-- Triage beyond the queue: the packages forwarded to another authority and the re-checks of reported
-- links (status changes go into rpt_cluster_event with the rest of the cluster's history).
-- Nothing here describes the author of the reported content.

-- To whom and when a cluster's package went.
CREATE TABLE rpt_forwarding
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cluster_id   BIGINT      NOT NULL REFERENCES rpt_cluster (id) ON DELETE CASCADE,
    recipient    TEXT        NOT NULL CHECK (length(btrim(recipient)) BETWEEN 1 AND 300),
    note         TEXT CHECK (length(note) <= 1000),
    forwarded_by TEXT,
    forwarded_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_forwarding_cluster_idx ON rpt_forwarding (cluster_id, forwarded_at);

-- One row per reported link (as reported, trimmed): when it was first reported, when it is due
-- for its next check, and when it was first seen removed (time to removal = removed_at - first_reported_at).
CREATE TABLE rpt_link_watch
(
    url               TEXT PRIMARY KEY CHECK (length(url) <= 2000),
    first_reported_at TIMESTAMPTZ NOT NULL,
    next_check_at     TIMESTAMPTZ NOT NULL,
    last_outcome      TEXT CHECK (last_outcome IN ('REACHABLE', 'REMOVED', 'ERROR', 'REFUSED')),
    last_checked_at   TIMESTAMPTZ,
    removed_at        TIMESTAMPTZ
);

CREATE INDEX rpt_link_watch_due_idx ON rpt_link_watch (next_check_at) WHERE removed_at IS NULL;

-- Every check, as it came out.
CREATE TABLE rpt_link_check
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url         TEXT        NOT NULL REFERENCES rpt_link_watch (url) ON DELETE CASCADE,
    checked_at  TIMESTAMPTZ NOT NULL,
    outcome     TEXT        NOT NULL CHECK (outcome IN ('REACHABLE', 'REMOVED', 'ERROR', 'REFUSED')),
    http_status INT,
    final_url   TEXT CHECK (length(final_url) <= 2000),
    detail      TEXT CHECK (length(detail) <= 500)
);

CREATE INDEX rpt_link_check_url_idx ON rpt_link_check (url, checked_at);
