-- Notifications: web push (ADR 0012). A member may have several phones, each its own push
-- subscription, so a notice has one PUSH delivery per subscription (the address is the
-- subscription's id); e-mail and Zalo keep one delivery per notice.

ALTER TABLE ntf_delivery DROP CONSTRAINT ntf_delivery_channel_check;
ALTER TABLE ntf_delivery ADD CONSTRAINT ntf_delivery_channel_check CHECK (channel IN ('EMAIL', 'ZALO', 'PUSH'));
ALTER TABLE ntf_delivery DROP CONSTRAINT ntf_delivery_notice_id_channel_key;
ALTER TABLE ntf_delivery ADD CONSTRAINT ntf_delivery_notice_channel_address_key UNIQUE (notice_id, channel, address);

-- an urgent notice is delivered during the member's quiet hours; any other waits until they end
ALTER TABLE ntf_notice ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;

-- One browser's push subscription (RFC 8030): where the push service takes messages for it and
-- the keys the message is encrypted with (RFC 8291). Dropped when the member stops it or the push
-- service answers 404/410.
CREATE TABLE ntf_push_subscription
(
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    member_id       BIGINT      NOT NULL,
    endpoint        TEXT        NOT NULL UNIQUE CHECK (length(endpoint) <= 1000),
    p256dh          TEXT        NOT NULL CHECK (length(p256dh) <= 200),
    auth            TEXT        NOT NULL CHECK (length(auth) <= 100),
    created_at      TIMESTAMPTZ NOT NULL,
    last_success_at TIMESTAMPTZ
);

CREATE INDEX ntf_push_subscription_member_idx ON ntf_push_subscription (member_id);
CREATE INDEX ntf_push_subscription_account_idx ON ntf_push_subscription (account_id);

-- Subscription requests per account, for the limit on how many one account may make in an hour.
CREATE TABLE ntf_push_request
(
    account_id BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX ntf_push_request_account_idx ON ntf_push_request (account_id, created_at DESC);

-- What a member chose: which outside channels may tell them, and quiet hours (local time in
-- Asia/Ho_Chi_Minh; from > until spans midnight). No row: every channel, no quiet hours.
CREATE TABLE ntf_preference
(
    member_id   BIGINT PRIMARY KEY,
    email       BOOLEAN     NOT NULL,
    zalo        BOOLEAN     NOT NULL,
    push        BOOLEAN     NOT NULL,
    quiet_from  TIME,
    quiet_until TIME,
    updated_at  TIMESTAMPTZ NOT NULL,
    CHECK ((quiet_from IS NULL) = (quiet_until IS NULL) AND (quiet_from IS NULL OR quiet_from <> quiet_until))
);

-- The VAPID key pair (RFC 8292) when none is configured: made once by the first node that needs
-- it, then read by every node, so subscriptions stay valid across restarts and nodes.
CREATE TABLE ntf_vapid_key
(
    id          INT PRIMARY KEY CHECK (id = 1),
    public_key  TEXT        NOT NULL,
    private_key TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
