-- Sharing: when the members a campaign targets were told it started (through notifications).
-- Campaigns that started before this existed are taken as announced, so nobody gets stale news.
ALTER TABLE shr_campaign ADD COLUMN announced_at TIMESTAMPTZ;
UPDATE shr_campaign SET announced_at = now() WHERE starts_at <= now();
CREATE INDEX shr_campaign_unannounced_idx ON shr_campaign (starts_at) WHERE announced_at IS NULL;
