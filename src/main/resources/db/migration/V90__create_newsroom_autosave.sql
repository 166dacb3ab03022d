-- The editor's draft as it was being typed, one per user and article ('new' for an article not yet
-- saved), so a closed tab or an expired session loses at most a few seconds of work. The body is
-- stored sanitised, like an article's; the row goes when the article is saved from the form.
CREATE TABLE news_autosave (
    username   TEXT        NOT NULL,
    draft_key  TEXT        NOT NULL CHECK (draft_key ~ '^(new|a[0-9]{1,18})$'),
    title      TEXT        NOT NULL DEFAULT '',
    summary    TEXT        NOT NULL DEFAULT '',
    body_html  TEXT        NOT NULL DEFAULT '',
    saved_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (username, draft_key)
);
