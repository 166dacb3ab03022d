-- The sitemap's parts (portal Sitemaps, ArticleCatalog.stamps): published articles of a site by id with
-- slug and last change, read from the index alone. Without it a part of 50,000 URLs read the wide
-- article rows behind the primary key: 216 ms of PostgreSQL for the last part at 100,000 articles, 53 ms with it (loaded machine; ADR 0013).
CREATE INDEX IF NOT EXISTS news_article_sitemap_idx ON news_article (site_id, id)
    INCLUDE (slug, published_at, updated_at) WHERE status = 'PUBLISHED';
