-- Organization: the unit tree (kinds are data, depth is free), members, sharing groups.

CREATE TABLE org_unit_kind
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sort_order INT  NOT NULL DEFAULT 0
);

-- path is the materialised path of ids, '/1/4/9/', so a subtree is one index range scan.
CREATE TABLE org_unit
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id  BIGINT REFERENCES org_unit (id),
    kind_id    BIGINT      NOT NULL REFERENCES org_unit_kind (id),
    name       TEXT        NOT NULL,
    path       TEXT        NOT NULL DEFAULT '',
    closed_at  TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_id);

CREATE TABLE org_member_kind
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sort_order INT  NOT NULL DEFAULT 0
);

CREATE TABLE org_member
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id    BIGINT      NOT NULL REFERENCES org_unit (id),
    kind_id    BIGINT      NOT NULL REFERENCES org_member_kind (id),
    full_name  TEXT        NOT NULL,
    phone      TEXT,
    email      TEXT,
    status     TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'LEFT')),
    consent_at TIMESTAMPTZ,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX org_member_unit_idx ON org_member (unit_id);

CREATE TABLE org_sharing_group
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
    name        TEXT        NOT NULL,
    channel     TEXT        NOT NULL CHECK (channel IN ('ZALO', 'FACEBOOK', 'OTHER')),
    invite_link TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX org_sharing_group_unit_idx ON org_sharing_group (unit_id);

CREATE TABLE org_group_member
(
    group_id  BIGINT  NOT NULL REFERENCES org_sharing_group (id),
    member_id BIGINT  NOT NULL REFERENCES org_member (id),
    leader    BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX org_group_member_member_idx ON org_group_member (member_id);
