-- Notifications: a notice may name a one-time link (kind and reference) instead of holding a link;
-- the module of that kind makes the link when the message goes out, so the outbox never holds a
-- link that lets somebody in (an invitation to set a password).

ALTER TABLE ntf_notice ADD COLUMN link_kind TEXT CHECK (length(link_kind) <= 100);
ALTER TABLE ntf_notice ADD COLUMN link_ref TEXT CHECK (length(link_ref) <= 200);
ALTER TABLE ntf_notice ADD CONSTRAINT ntf_notice_one_time_link_check
    CHECK ((link_kind IS NULL) = (link_ref IS NULL) AND (link_kind IS NULL OR link IS NULL));
