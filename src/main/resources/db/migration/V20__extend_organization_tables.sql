-- Organization: declared profile links of a member, duplicate look-ups, and import jobs whose
-- progress any node can report (the job row is the shared state, not a node's memory).

ALTER TABLE org_member ADD COLUMN profile_links TEXT;
CREATE INDEX org_member_email_idx ON org_member (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX org_member_phone_idx ON org_member (phone) WHERE phone IS NOT NULL;

CREATE TABLE org_import_job
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    status     TEXT        NOT NULL CHECK (status IN ('RUNNING', 'FAILED', 'DONE')),
    total      INT         NOT NULL DEFAULT 0,
    processed  INT         NOT NULL DEFAULT 0,
    written    INT         NOT NULL DEFAULT 0,
    errors     TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
