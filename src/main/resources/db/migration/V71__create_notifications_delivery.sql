-- Notifications: one delivery per notice and outside channel (e-mail, Zalo), taken by whichever
-- node's dispatcher claims it first (FOR UPDATE SKIP LOCKED), retried with growing pauses.
-- The in-app inbox needs no delivery: a member's notice is in their inbox as soon as it is stored.

ALTER TABLE ntf_notice ADD COLUMN planned_at TIMESTAMPTZ;
CREATE INDEX ntf_notice_unplanned_idx ON ntf_notice (id) WHERE planned_at IS NULL;
-- the unread count in the member layout's navigation, on every member page
CREATE INDEX ntf_notice_unread_idx ON ntf_notice (member_id) WHERE read_at IS NULL AND member_id IS NOT NULL;

CREATE TABLE ntf_delivery
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id       BIGINT      NOT NULL REFERENCES ntf_notice (id) ON DELETE CASCADE,
    channel         TEXT        NOT NULL CHECK (channel IN ('EMAIL', 'ZALO')),
    address         TEXT        NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        INT         NOT NULL DEFAULT 0,
    -- for PENDING: when it may be tried next; a claimed delivery is pushed one lease ahead, so a
    -- node that dies while sending leaves it to be picked up again after the lease
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT CHECK (length(last_error) <= 1000),
    sent_at         TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (notice_id, channel)
);

CREATE INDEX ntf_delivery_due_idx ON ntf_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX ntf_delivery_status_idx ON ntf_delivery (status, updated_at DESC);
