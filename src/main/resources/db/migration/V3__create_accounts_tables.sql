-- Accounts: users (optionally a member), their roles and the unit whose subtree they may see.

CREATE TABLE acc_user
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE CHECK (username = lower(username)),
    display_name  TEXT        NOT NULL,
    password_hash TEXT        NOT NULL,
    member_id     BIGINT REFERENCES org_member (id),
    scope_unit_id BIGINT REFERENCES org_unit (id),
    enabled       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE acc_user_role
(
    user_id BIGINT NOT NULL REFERENCES acc_user (id) ON DELETE CASCADE,
    role    TEXT   NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'REVIEWER', 'HANDLER', 'UNIT_MANAGER', 'MEMBER')),
    PRIMARY KEY (user_id, role)
);
