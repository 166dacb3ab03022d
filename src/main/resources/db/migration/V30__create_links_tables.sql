-- Links: the registry of official sources ("báo chính thống") and their domains. A host is
-- official when it is one of these domains or a subdomain of it (compared label by label in the
-- application). Domains are stored in ASCII (punycode) lower case.

CREATE TABLE lnk_source
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT        NOT NULL UNIQUE CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind       TEXT        NOT NULL CHECK (kind IN ('PARTY_PRESS', 'GOVERNMENT', 'NATIONAL_BROADCASTER',
                                                    'NEWS_AGENCY', 'PROVINCIAL_PRESS', 'OTHER')),
    active     BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE lnk_source_domain
(
    source_id BIGINT NOT NULL REFERENCES lnk_source (id) ON DELETE CASCADE,
    domain    TEXT   NOT NULL UNIQUE CHECK (domain = lower(domain) AND domain ~ '^[a-z0-9_-]+(\.[a-z0-9_-]+)+$'),
    PRIMARY KEY (source_id, domain)
);

-- National outlets every deployment starts with.
INSERT INTO lnk_source (name, kind) VALUES
    ('Báo Nhân Dân', 'PARTY_PRESS'),
    ('Báo Quân đội nhân dân', 'PARTY_PRESS'),
    ('Báo Điện tử Chính phủ', 'GOVERNMENT'),
    ('Tạp chí Cộng sản', 'PARTY_PRESS'),
    ('Báo Điện tử Đảng Cộng sản Việt Nam', 'PARTY_PRESS'),
    ('VietnamPlus (Thông tấn xã Việt Nam)', 'NEWS_AGENCY'),
    ('Đài Truyền hình Việt Nam', 'NATIONAL_BROADCASTER'),
    ('Đài Tiếng nói Việt Nam', 'NATIONAL_BROADCASTER'),
    ('Báo Công an nhân dân', 'PARTY_PRESS');

INSERT INTO lnk_source_domain (source_id, domain)
SELECT s.id, d.domain
FROM lnk_source s
JOIN (VALUES ('Báo Nhân Dân', 'nhandan.vn'),
             ('Báo Quân đội nhân dân', 'qdnd.vn'),
             ('Báo Điện tử Chính phủ', 'baochinhphu.vn'),
             ('Báo Điện tử Chính phủ', 'chinhphu.vn'),
             ('Tạp chí Cộng sản', 'tapchicongsan.org.vn'),
             ('Báo Điện tử Đảng Cộng sản Việt Nam', 'dangcongsan.vn'),
             ('Báo Điện tử Đảng Cộng sản Việt Nam', 'dangcongsan.org.vn'),
             ('VietnamPlus (Thông tấn xã Việt Nam)', 'vietnamplus.vn'),
             ('Đài Truyền hình Việt Nam', 'vtv.vn'),
             ('Đài Tiếng nói Việt Nam', 'vov.vn'),
             ('Báo Công an nhân dân', 'cand.com.vn')) AS d(name, domain) ON d.name = s.name;

-- Demo seeds: the press of the demo province (Vĩnh Long, with the former Trà Vinh and Bến Tre).
-- Real-looking provincial outlets; a deployment checks and edits them in the back office.
INSERT INTO lnk_source (name, kind) VALUES
    ('Báo Vĩnh Long', 'PROVINCIAL_PRESS'),
    ('Đài Phát thanh và Truyền hình Vĩnh Long', 'PROVINCIAL_PRESS'),
    ('Báo Trà Vinh', 'PROVINCIAL_PRESS'),
    ('Báo Đồng Khởi', 'PROVINCIAL_PRESS');

INSERT INTO lnk_source_domain (source_id, domain)
SELECT s.id, d.domain
FROM lnk_source s
JOIN (VALUES ('Báo Vĩnh Long', 'baovinhlong.vn'),
             ('Báo Vĩnh Long', 'baovinhlong.com.vn'),
             ('Đài Phát thanh và Truyền hình Vĩnh Long', 'thvl.vn'),
             ('Báo Trà Vinh', 'baotravinh.vn'),
             ('Báo Đồng Khởi', 'baodongkhoi.vn')) AS d(name, domain) ON d.name = s.name;
