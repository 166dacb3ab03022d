-- The logged actions as the statistics module reads them (ActionFacts.VIEW): what, where, when and
-- in which state, with the topic of the action's campaign, without the links or the text. Sharing
-- publishes it read-only; the statistics read every action through it in one statement when they
-- rebuild or check their rollups, instead of ten million rows through the JVM.
CREATE VIEW shr_action_fact AS
SELECT a.id         AS action_id,
       a.kind,
       a.member_id,
       a.unit_id,
       a.campaign_id,
       c.topic_id,
       a.platform,
       a.source_name,
       a.article_official,
       a.state,
       a.created_at AS at
  FROM shr_action a
  LEFT JOIN shr_campaign c ON c.id = a.campaign_id;
