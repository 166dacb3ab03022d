-- Newsroom: sites (one instance may serve several by host name), categories, articles.

CREATE TABLE news_site
(
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    host TEXT,
    name TEXT NOT NULL
);

CREATE TABLE news_category
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id    BIGINT NOT NULL REFERENCES news_site (id),
    slug       TEXT   NOT NULL,
    name       TEXT   NOT NULL,
    sort_order INT    NOT NULL DEFAULT 0,
    UNIQUE (site_id, slug)
);

CREATE TABLE news_article
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id       BIGINT      NOT NULL REFERENCES news_site (id),
    category_id   BIGINT      NOT NULL REFERENCES news_category (id),
    slug          TEXT        NOT NULL,
    title         TEXT        NOT NULL,
    summary       TEXT        NOT NULL DEFAULT '',
    body_html     TEXT        NOT NULL DEFAULT '',
    author_credit TEXT,
    status        TEXT        NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    featured      BOOLEAN     NOT NULL DEFAULT FALSE,
    published_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (site_id, slug)
);
CREATE INDEX news_article_published_idx ON news_article (site_id, published_at DESC) WHERE status = 'PUBLISHED';
CREATE INDEX news_article_category_idx ON news_article (category_id, published_at DESC);
