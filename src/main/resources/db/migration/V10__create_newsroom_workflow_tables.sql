-- Newsroom: uploaded images, revisions, workflow transitions and scheduling.

-- Images live in PostgreSQL (bytea): every app node can serve every image without a shared
-- file system, and a backup of the database is a backup of the media.
CREATE TABLE news_media
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id      BIGINT      NOT NULL REFERENCES news_site (id),
    original_name TEXT       NOT NULL,
    source_type  TEXT        NOT NULL CHECK (source_type IN ('image/jpeg', 'image/png', 'image/webp')),
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    list_jpeg    BYTEA       NOT NULL,
    article_jpeg BYTEA       NOT NULL,
    og_jpeg      BYTEA       NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);

ALTER TABLE news_article
    ADD COLUMN scheduled_at TIMESTAMPTZ,
    ADD COLUMN version      INT NOT NULL DEFAULT 0,
    ADD COLUMN client_key   TEXT UNIQUE,
    ADD CONSTRAINT news_article_cover_fk FOREIGN KEY (cover_media_id) REFERENCES news_media (id);
CREATE INDEX news_article_due_idx ON news_article (scheduled_at) WHERE status = 'APPROVED' AND scheduled_at IS NOT NULL;

CREATE TABLE news_revision
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id    BIGINT      NOT NULL REFERENCES news_article (id),
    number        INT         NOT NULL,
    title         TEXT        NOT NULL,
    summary       TEXT        NOT NULL,
    body_html     TEXT        NOT NULL,
    saved_by      TEXT        NOT NULL,
    saved_at      TIMESTAMPTZ NOT NULL,
    note          TEXT,
    UNIQUE (article_id, number)
);

CREATE TABLE news_transition
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT      NOT NULL REFERENCES news_article (id),
    action      TEXT        NOT NULL,
    from_status TEXT        NOT NULL,
    to_status   TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    comment     TEXT,
    -- for publications by the scheduler: the time it was due, to show late (missed) schedules
    due_at      TIMESTAMPTZ
);
CREATE INDEX news_transition_article_idx ON news_transition (article_id, at);
