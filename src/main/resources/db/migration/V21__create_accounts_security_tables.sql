-- Accounts: the append-only audit log, login throttling shared by every node, TOTP secrets and
-- one-time invitations.

CREATE TABLE acc_audit_log
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    user_id     BIGINT,
    username    TEXT,
    action      TEXT        NOT NULL,
    target_type TEXT,
    target_id   TEXT,
    detail      TEXT,
    address     TEXT,
    user_agent  TEXT
);
CREATE INDEX acc_audit_log_at_idx ON acc_audit_log (at DESC);
CREATE INDEX acc_audit_log_action_idx ON acc_audit_log (action, at DESC);
CREATE INDEX acc_audit_log_username_idx ON acc_audit_log (username, at DESC);

-- Append-only, enforced in the database. The trigger stops the application (and anyone without
-- superuser rights to drop it) from changing history. A production deployment also runs the
-- application as a role that owns nothing and holds only
--   GRANT SELECT, INSERT ON acc_audit_log TO lantoa_app;
--   REVOKE UPDATE, DELETE, TRUNCATE ON acc_audit_log FROM lantoa_app;
-- with migrations applied by a separate owner role (spring.flyway.user). See README "Audit log".
CREATE FUNCTION acc_audit_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'acc_audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER acc_audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON acc_audit_log
    FOR EACH ROW EXECUTE FUNCTION acc_audit_log_refuse_change();
CREATE TRIGGER acc_audit_log_no_truncate
    BEFORE TRUNCATE ON acc_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION acc_audit_log_refuse_change();

-- Failed sign-ins counted per key ('user:<name>' or 'addr:<ip>'); the delay grows with the count
-- and the row is forgotten after a quiet period, so nobody can lock an account out for good.
CREATE TABLE acc_login_throttle
(
    key             TEXT PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL
);

ALTER TABLE acc_user ADD COLUMN totp_secret TEXT;
ALTER TABLE acc_user ADD COLUMN totp_enrolled_at TIMESTAMPTZ;

CREATE TABLE acc_invitation
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES acc_user (id),
    token_hash  TEXT        NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    created_by  BIGINT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
