-- Flood protection of the public report form: one row per submission, counted over the last hour
-- in the database so the limit holds across nodes. Only a hash of the address is kept, for a day.

CREATE TABLE rpt_intake_attempt
(
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address_hash TEXT        NOT NULL,
    attempted_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX rpt_intake_attempt_address_idx ON rpt_intake_attempt (address_hash, attempted_at);
CREATE INDEX rpt_intake_attempt_at_idx ON rpt_intake_attempt (attempted_at);
