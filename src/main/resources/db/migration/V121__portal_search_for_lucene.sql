-- Search (ADR 0016): each node matches and ranks in a Lucene index of its own; this table stays the shared copy
-- every node's index follows. The tsvector columns and their GIN indexes are no longer read.
-- written_xid: the transaction that last wrote a row, so a node can read what changed since it last looked
-- without missing a transaction that committed after a later one; deleted: an article no longer published
-- stays as a row without text until every node has seen it go.
ALTER TABLE portal_search_doc
    DROP COLUMN exact_tsv,
    DROP COLUMN folded_tsv,
    ADD COLUMN deleted     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN written_xid XID8    NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX portal_search_doc_written_idx ON portal_search_doc (written_xid) INCLUDE (article_id);

-- which database a node's index on disk was built from (a data directory copied to another database rebuilds it)
CREATE TABLE portal_search_state
(
    id          INT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    database_id UUID NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO portal_search_state DEFAULT VALUES;
