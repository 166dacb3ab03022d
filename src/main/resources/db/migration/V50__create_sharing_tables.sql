-- Sharing: campaigns of official articles to share, and what members logged they did
-- (shares and rebuttal comments), under their own names.

CREATE TABLE shr_topic
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sort_order INT  NOT NULL DEFAULT 0
);

-- Topics are data: the department edits them; these are the programme's usual five.
INSERT INTO shr_topic (code, name, sort_order)
VALUES ('CHU_TRUONG', 'Chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước', 10),
       ('BINH_LUAN_LANH_DAO', 'Bình luận của lãnh đạo về kinh tế, xã hội, quốc phòng, an ninh', 20),
       ('TRUYEN_THONG', 'Truyền thống lịch sử, văn hóa', 30),
       ('GUONG_TOT', 'Gương người tốt, việc tốt', 40),
       ('DIEN_HINH', 'Điển hình tiên tiến, mô hình mới, cách làm hay', 50);

CREATE TABLE shr_campaign
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         TEXT        NOT NULL,
    message       TEXT        NOT NULL DEFAULT '',
    topic_id      BIGINT      NOT NULL REFERENCES shr_topic (id),
    owner_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    created_by    BIGINT      NOT NULL,
    starts_at     TIMESTAMPTZ NOT NULL,
    ends_at       TIMESTAMPTZ NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX shr_campaign_period_idx ON shr_campaign (starts_at, ends_at);

-- An article to share: one of our own (article_id) or an external official URL.
CREATE TABLE shr_campaign_article
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id   BIGINT NOT NULL REFERENCES shr_campaign (id) ON DELETE CASCADE,
    position      INT    NOT NULL,
    article_id    BIGINT REFERENCES news_article (id),
    url           TEXT   NOT NULL,
    canonical_url TEXT   NOT NULL,
    title         TEXT   NOT NULL,
    source_name   TEXT   NOT NULL,
    UNIQUE (campaign_id, canonical_url)
);

CREATE TABLE shr_campaign_target
(
    campaign_id BIGINT NOT NULL REFERENCES shr_campaign (id) ON DELETE CASCADE,
    unit_id     BIGINT REFERENCES org_unit (id),
    group_id    BIGINT REFERENCES org_sharing_group (id),
    CHECK ((unit_id IS NULL) <> (group_id IS NULL))
);
CREATE UNIQUE INDEX shr_campaign_target_uq ON shr_campaign_target (campaign_id, coalesce(unit_id, 0), coalesce(group_id, 0));

-- What members logged; append-only in practice, partitioned by month (created_at).
CREATE TABLE shr_action
(
    id                BIGINT GENERATED ALWAYS AS IDENTITY,
    kind              TEXT        NOT NULL CHECK (kind IN ('SHARE', 'REBUTTAL')),
    member_id         BIGINT      NOT NULL,
    unit_id           BIGINT      NOT NULL,
    campaign_id       BIGINT,
    post_url          TEXT        NOT NULL,
    post_canonical    TEXT        NOT NULL,
    platform          TEXT        NOT NULL,
    article_url       TEXT,
    article_canonical TEXT,
    article_official  BOOLEAN     NOT NULL DEFAULT FALSE,
    source_name       TEXT,
    rebuttal_text     TEXT,
    state             TEXT        NOT NULL CHECK (state IN ('SELF_REPORTED', 'VERIFIED', 'REJECTED')),
    state_reason      TEXT,
    reviewed_by       BIGINT,
    reviewed_at       TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE shr_action_default PARTITION OF shr_action DEFAULT;
CREATE INDEX shr_action_member_idx ON shr_action (member_id, created_at DESC);
CREATE INDEX shr_action_unit_idx ON shr_action (unit_id, created_at);
CREATE INDEX shr_action_campaign_idx ON shr_action (campaign_id) WHERE campaign_id IS NOT NULL;

-- One row per distinct post (canonical form): the second log of the same post is a duplicate.
-- Kept outside the partitioned table so uniqueness holds across months.
CREATE TABLE shr_action_key
(
    kind       TEXT        NOT NULL,
    canonical  TEXT        NOT NULL,
    action_id  BIGINT      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (kind, canonical)
);

-- Idempotency-Key of a member's submission → the action it created (double taps, retries).
CREATE TABLE shr_idempotency
(
    member_id  BIGINT      NOT NULL,
    idem_key   TEXT        NOT NULL,
    action_id  BIGINT      NOT NULL,
    duplicate  BOOLEAN     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_id, idem_key)
);

-- "Nhắc nhở": a manager reminded a member who has not acted in a campaign. A reminder, nothing more.
CREATE TABLE shr_reminder
(
    campaign_id BIGINT      NOT NULL REFERENCES shr_campaign (id) ON DELETE CASCADE,
    member_id   BIGINT      NOT NULL,
    sent_by     BIGINT      NOT NULL,
    sent_on     DATE        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (campaign_id, member_id, sent_on)
);
CREATE INDEX shr_reminder_member_idx ON shr_reminder (member_id, sent_at DESC);

-- Directives ("văn bản chỉ đạo") sent to units, acknowledged by each unit's managers.
CREATE TABLE shr_directive
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    owner_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    created_by    BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE shr_directive_target
(
    directive_id BIGINT NOT NULL REFERENCES shr_directive (id) ON DELETE CASCADE,
    unit_id      BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (directive_id, unit_id)
);

CREATE TABLE shr_directive_ack
(
    directive_id BIGINT      NOT NULL REFERENCES shr_directive (id) ON DELETE CASCADE,
    unit_id      BIGINT      NOT NULL REFERENCES org_unit (id),
    user_id      BIGINT      NOT NULL,
    acked_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (directive_id, unit_id)
);
