-- Notifications: the outbox of notices written by other modules, one row per notice and recipient.
-- Delivery per channel is recorded by the dispatcher (later migrations of this module).

CREATE TABLE ntf_notice
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_key TEXT        NOT NULL,
    member_id     BIGINT,
    email         TEXT,
    phone         TEXT,
    subject       TEXT        NOT NULL CHECK (length(subject) <= 500),
    body          TEXT        NOT NULL CHECK (length(body) <= 5000),
    link          TEXT CHECK (length(link) <= 2000),
    dedup_key     TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    read_at       TIMESTAMPTZ,
    UNIQUE (recipient_key, dedup_key)
);

CREATE INDEX ntf_notice_member_idx ON ntf_notice (member_id, created_at DESC) WHERE member_id IS NOT NULL;
