-- Reports, intake and triage: who reported (a member or user of ours, never the author of the
-- reported content), optional contact of a public reporter (kept only to tell the outcome), several
-- links per report, a private screenshot, near-duplicate buckets, and the triage of clusters
-- (category, assignee, due time, history).

ALTER TABLE rpt_report
    ADD COLUMN reporter_user_id   BIGINT REFERENCES acc_user (id) ON DELETE SET NULL,
    ADD COLUMN reporter_member_id BIGINT REFERENCES org_member (id) ON DELETE SET NULL,
    -- The reporter's unit, for the triage scope; NULL for the public.
    ADD COLUMN unit_id            BIGINT REFERENCES org_unit (id) ON DELETE SET NULL,
    ADD COLUMN contact_email      TEXT CHECK (length(contact_email) <= 254),
    ADD COLUMN contact_phone      TEXT CHECK (length(contact_phone) <= 20),
    ADD COLUMN contact_consent_at TIMESTAMPTZ,
    -- "u:<user id>" or "a:<address hash>" with the client's Idempotency-Key: a retry finds its report.
    ADD COLUMN idempotency_key    TEXT CHECK (length(idempotency_key) <= 300),
    ADD CONSTRAINT rpt_report_contact_consent CHECK (
        (contact_email IS NULL AND contact_phone IS NULL) OR contact_consent_at IS NOT NULL);

CREATE UNIQUE INDEX rpt_report_idempotency_idx ON rpt_report (idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX rpt_report_unit_idx ON rpt_report (unit_id);

CREATE TABLE rpt_report_link
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id  BIGINT      NOT NULL REFERENCES rpt_report (id) ON DELETE CASCADE,
    raw        TEXT        NOT NULL CHECK (length(raw) <= 2000),
    canonical  TEXT        NOT NULL CHECK (length(canonical) <= 4000),
    platform   TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (report_id, canonical)
);

CREATE INDEX rpt_report_link_canonical_idx ON rpt_report_link (canonical);

-- Screenshots are private evidence: re-encoded JPEG (no EXIF), served only to the back office.
CREATE TABLE rpt_screenshot
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   BIGINT      NOT NULL REFERENCES rpt_report (id) ON DELETE CASCADE,
    source_type TEXT        NOT NULL,
    width       INT         NOT NULL,
    height      INT         NOT NULL,
    image_jpeg  BYTEA       NOT NULL,
    thumb_jpeg  BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_screenshot_report_idx ON rpt_screenshot (report_id);

-- LSH buckets of the MinHash signature of a report's text: equal (band, hash) = candidate near duplicate.
CREATE TABLE rpt_report_band
(
    report_id BIGINT   NOT NULL REFERENCES rpt_report (id) ON DELETE CASCADE,
    band      SMALLINT NOT NULL,
    hash      BIGINT   NOT NULL,
    PRIMARY KEY (report_id, band)
);

CREATE INDEX rpt_report_band_hash_idx ON rpt_report_band (band, hash);

-- How soon a cluster of each category must be handled; data, changed without a release.
CREATE TABLE rpt_due_rule
(
    category TEXT PRIMARY KEY,
    hours    INT NOT NULL CHECK (hours > 0)
);

INSERT INTO rpt_due_rule (category, hours)
VALUES ('incitement', 4),
       ('scam', 4),
       ('impersonation', 24),
       ('fabricated', 72),
       ('distortion', 72),
       ('other', 120);

ALTER TABLE rpt_cluster
    ADD COLUMN category         TEXT,
    ADD COLUMN assignee_user_id BIGINT REFERENCES acc_user (id) ON DELETE SET NULL,
    ADD COLUMN due_at           TIMESTAMPTZ;

CREATE INDEX rpt_cluster_status_due_idx ON rpt_cluster (status, due_at);

-- Everything that happened to a cluster: status changes (from → to), assignment, comments, reports
-- confirmed, split off or moved. Who did it is the account, named as it was then.
CREATE TABLE rpt_cluster_event
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cluster_id  BIGINT      NOT NULL REFERENCES rpt_cluster (id) ON DELETE CASCADE,
    kind        TEXT        NOT NULL CHECK (kind IN ('STATUS', 'ASSIGN', 'COMMENT', 'CONFIRM', 'SPLIT', 'MOVE_IN', 'MOVE_OUT')),
    from_status TEXT,
    to_status   TEXT,
    report_id   BIGINT REFERENCES rpt_report (id) ON DELETE SET NULL,
    note        TEXT CHECK (length(note) <= 2000),
    actor_id    BIGINT REFERENCES acc_user (id) ON DELETE SET NULL,
    actor_name  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_cluster_event_cluster_idx ON rpt_cluster_event (cluster_id, created_at);
