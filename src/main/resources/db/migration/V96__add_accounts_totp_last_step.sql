-- Accounts: the last TOTP time step accepted for each account, so a code cannot be used twice
-- (RFC 6238 §5.2): a code of the same or an earlier step is refused.
ALTER TABLE acc_user ADD COLUMN totp_last_step BIGINT;
