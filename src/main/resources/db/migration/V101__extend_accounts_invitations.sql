-- Accounts: invitations by e-mail.
-- An account may have an e-mail address of its own, where its invitation is sent.
-- The mailed link has a token of its own, made when the e-mail goes out and stored, like the
-- page's token, only as its SHA-256; either link works until one is used or the invitation is
-- replaced. The form's request key makes a repeated submission return the first answer instead of
-- issuing (and mailing) another invitation.

ALTER TABLE acc_user ADD COLUMN email TEXT CHECK (length(email) <= 254);

ALTER TABLE acc_invitation ADD COLUMN mail_token_hash TEXT UNIQUE;
ALTER TABLE acc_invitation ADD COLUMN mailed_to TEXT CHECK (length(mailed_to) <= 254);
ALTER TABLE acc_invitation ADD COLUMN request_key TEXT CHECK (length(request_key) <= 100);
CREATE UNIQUE INDEX acc_invitation_request_idx ON acc_invitation (created_by, request_key)
    WHERE request_key IS NOT NULL;
