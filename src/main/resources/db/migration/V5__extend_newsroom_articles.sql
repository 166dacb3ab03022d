-- Newsroom: what the portal shows of an article besides title and body.

ALTER TABLE news_article
    ADD COLUMN photo_credit        TEXT,
    ADD COLUMN cover_media_id      BIGINT,
    ADD COLUMN cover_alt           TEXT,
    ADD COLUMN origin_name         TEXT,
    ADD COLUMN origin_url          TEXT,
    ADD COLUMN origin_author       TEXT,
    ADD COLUMN origin_published_at TIMESTAMPTZ,
    ADD COLUMN tags                TEXT[] NOT NULL DEFAULT '{}';
