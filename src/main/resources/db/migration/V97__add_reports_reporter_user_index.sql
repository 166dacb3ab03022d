-- Reports: the per-account limit counts an account's reports of the last hour.
CREATE INDEX rpt_report_reporter_user_idx ON rpt_report (reporter_user_id, created_at)
    WHERE reporter_user_id IS NOT NULL;
