-- Reports of harmful content: claims (a statement with a VAFC-compatible verdict and, when refuted,
-- the refutation article), clusters of reports about the same content, and the reports themselves.
-- A report stores the content as the reporter read it, never a profile of whoever wrote it.

CREATE TABLE rpt_claim
(
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement              TEXT        NOT NULL CHECK (length(btrim(statement)) BETWEEN 1 AND 2000),
    verdict                TEXT        NOT NULL CHECK (verdict IN ('FALSE', 'MISLEADING', 'ACCURATE')),
    category               TEXT,
    refutation_article_id  BIGINT REFERENCES news_article (id) ON DELETE SET NULL,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_claim_updated_idx ON rpt_claim (updated_at);

CREATE TABLE rpt_cluster
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id   BIGINT REFERENCES rpt_claim (id) ON DELETE SET NULL,
    status     TEXT        NOT NULL DEFAULT 'NEW'
        CHECK (status IN ('NEW', 'IN_VERIFICATION', 'REFUTED', 'ACCURATE', 'NOT_ACTIONABLE', 'FORWARDED')),
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_cluster_claim_idx ON rpt_cluster (claim_id);

CREATE TABLE rpt_report
(
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tracking_code  TEXT        NOT NULL UNIQUE,
    content        TEXT        NOT NULL CHECK (length(content) <= 10000),
    link           TEXT CHECK (length(link) <= 2000),
    category       TEXT,
    cluster_id     BIGINT REFERENCES rpt_cluster (id) ON DELETE SET NULL,
    -- SUGGESTED by the near-duplicate detector, CONFIRMED (or split off) by a HANDLER.
    cluster_state  TEXT CHECK (cluster_state IN ('SUGGESTED', 'CONFIRMED')),
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK ((cluster_id IS NULL) = (cluster_state IS NULL))
);

CREATE INDEX rpt_report_cluster_idx ON rpt_report (cluster_id);
