-- A directive may be a PDF document as well as text. The file lives under lantoa.data-dir
-- (sharing/directives/<id>.pdf, named by the id, never by the uploaded name); the row keeps the
-- uploaded name for the download, its size and its SHA-256.
ALTER TABLE shr_directive
    ADD COLUMN document_name   TEXT,
    ADD COLUMN document_size   BIGINT,
    ADD COLUMN document_sha256 TEXT;
