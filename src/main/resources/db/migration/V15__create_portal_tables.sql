-- Portal: the search index (its own copy of each published article's text) and the site settings
-- the public footer and the organisation and contact pages show.

CREATE TABLE portal_search_doc
(
    article_id        BIGINT PRIMARY KEY,
    site_id           BIGINT      NOT NULL,
    slug              TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    summary           TEXT        NOT NULL,
    body_text         TEXT        NOT NULL,
    category_slug     TEXT        NOT NULL,
    category_name     TEXT        NOT NULL,
    published_at      TIMESTAMPTZ NOT NULL,
    source_updated_at TIMESTAMPTZ,
    -- lower-cased NFC text with one tone placement: matches with the reader's diacritics
    exact_tsv         TSVECTOR    NOT NULL,
    -- accent-folded text (VietnameseText.fold): matches without diacritics
    folded_tsv        TSVECTOR    NOT NULL
);
CREATE INDEX portal_search_doc_exact_idx ON portal_search_doc USING GIN (exact_tsv);
CREATE INDEX portal_search_doc_folded_idx ON portal_search_doc USING GIN (folded_tsv);
CREATE INDEX portal_search_doc_site_idx ON portal_search_doc (site_id, published_at DESC);

CREATE TABLE portal_site_settings
(
    site_id          BIGINT PRIMARY KEY,
    board_head_name  TEXT        NOT NULL DEFAULT '',
    board_head_title TEXT        NOT NULL DEFAULT '',
    address          TEXT        NOT NULL DEFAULT '',
    phone            TEXT        NOT NULL DEFAULT '',
    email            TEXT        NOT NULL DEFAULT '',
    -- one related agency per line: "Name | https://url"
    agency_links     TEXT        NOT NULL DEFAULT '',
    republish_notice TEXT        NOT NULL DEFAULT '',
    about_vi         TEXT        NOT NULL DEFAULT '',
    about_en         TEXT        NOT NULL DEFAULT '',
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
