-- The periodic report "Báo cáo kết quả thực hiện", made in the background.
--
-- One row per requested report. While it runs, the partial unique index lets only one row per
-- (unit, period, format) exist, so a second request — on any node — joins the running one instead
-- of starting another. The finished file stays in the row until it expires and is cleaned up.

CREATE TABLE stat_report_job
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id       BIGINT      NOT NULL,
    period_kind   TEXT        NOT NULL,
    period_from   DATE        NOT NULL,
    period_to     DATE        NOT NULL,
    format        TEXT        NOT NULL CHECK (format IN ('XLSX', 'PDF')),
    status        TEXT        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    step          INT         NOT NULL DEFAULT 0,
    steps         INT         NOT NULL DEFAULT 1,
    requested_by  BIGINT      NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    heartbeat_at  TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    file_name     TEXT,
    content       BYTEA,
    CHECK (period_to >= period_from)
);

CREATE UNIQUE INDEX stat_report_job_running_key
    ON stat_report_job (unit_id, period_from, period_to, format) WHERE status = 'RUNNING';
CREATE INDEX stat_report_job_finished_idx ON stat_report_job (finished_at);

-- Who issues a unit's report and who signs it (Hướng dẫn 36-HD/VPTW): set by staff, never in code.
-- A unit without a row uses the nearest ancestor's.
CREATE TABLE stat_report_settings
(
    unit_id           BIGINT PRIMARY KEY,
    superior_body     TEXT        NOT NULL,
    issuing_body      TEXT        NOT NULL,
    number_symbol     TEXT        NOT NULL,
    place             TEXT        NOT NULL,
    signer_capacity   TEXT        NOT NULL,
    signer_role       TEXT        NOT NULL,
    signer_name       TEXT        NOT NULL,
    recipients        TEXT        NOT NULL,
    updated_by        BIGINT      NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
