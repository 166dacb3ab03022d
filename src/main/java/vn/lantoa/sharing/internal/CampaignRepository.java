package vn.lantoa.sharing.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Campaigns, their articles and targets. */
@Repository
public class CampaignRepository {

    private final JdbcClient jdbc;

    CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Topic(long id, String code, String name) {}

    List<Topic> topics() {
        return jdbc.sql("SELECT id, code, name FROM shr_topic ORDER BY sort_order, id")
                .query((rs, n) -> new Topic(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
                .list();
    }

    long insert(
            String title,
            String message,
            long topicId,
            long ownerUnitId,
            long createdBy,
            Instant starts,
            Instant ends) {
        return jdbc.sql("""
                INSERT INTO shr_campaign (title, message, topic_id, owner_unit_id, created_by, starts_at, ends_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(title, message, topicId, ownerUnitId, createdBy, utc(starts), utc(ends))
                .query(Long.class)
                .single();
    }

    void addArticle(
            long campaignId, int position, Long articleId, String url, String canonical, String title, String source) {
        jdbc.sql("""
                INSERT INTO shr_campaign_article (campaign_id, position, article_id, url, canonical_url, title, source_name)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(campaignId, position, articleId, url, canonical, title, source)
                .update();
    }

    void addTarget(long campaignId, Long unitId, Long groupId) {
        jdbc.sql(
                        "INSERT INTO shr_campaign_target (campaign_id, unit_id, group_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(campaignId, unitId, groupId)
                .update();
    }

    Optional<CampaignView> find(long id) {
        return load("c.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Campaigns active at {@code now} that target one of the units or groups. */
    List<CampaignView> activeFor(Collection<Long> unitIds, Collection<Long> groupIds, Instant now) {
        return load("""
                c.starts_at <= :now AND c.ends_at > :now AND EXISTS (
                    SELECT 1 FROM shr_campaign_target t WHERE t.campaign_id = c.id
                       AND (t.unit_id IN (:units) OR t.group_id IN (:groups)))""", Map.of("now", utc(now), "units", orNone(unitIds), "groups", orNone(groupIds)));
    }

    /** Campaigns owned by a unit among {@code unitIds} (the viewer's scope), newest first. */
    List<CampaignView> ownedBy(Collection<Long> unitIds) {
        return load("c.owner_unit_id IN (:units)", Map.of("units", orNone(unitIds)));
    }

    List<CampaignView> all() {
        return load("TRUE", Map.of());
    }

    /** The units and groups a campaign is aimed at. */
    record TargetIds(Set<Long> units, Set<Long> groups) {}

    TargetIds targetIds(long campaignId) {
        Set<Long> units = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        jdbc.sql("SELECT unit_id, group_id FROM shr_campaign_target WHERE campaign_id = ?")
                .param(campaignId)
                .query((rs, n) -> {
                    Long unit = rs.getObject("unit_id", Long.class);
                    Long group = rs.getObject("group_id", Long.class);
                    if (unit != null) {
                        units.add(unit);
                    }
                    if (group != null) {
                        groups.add(group);
                    }
                    return null;
                })
                .list();
        return new TargetIds(units, groups);
    }

    private List<CampaignView> load(String where, Map<String, ?> params) {
        Map<Long, CampaignView> campaigns = new LinkedHashMap<>();
        JdbcClient.StatementSpec spec = jdbc.sql("""
                SELECT c.id, c.title, c.message, c.topic_id, tp.name AS topic_name, c.owner_unit_id, c.starts_at,
                       c.ends_at
                  FROM shr_campaign c JOIN shr_topic tp ON tp.id = c.topic_id
                 WHERE\s""" + where + " ORDER BY c.starts_at DESC, c.id DESC");
        spec = spec.params(params);
        List<CampaignView> heads = spec.query((rs, n) -> new CampaignView(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("message"),
                        rs.getLong("topic_id"),
                        rs.getString("topic_name"),
                        rs.getLong("owner_unit_id"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        List.of()))
                .list();
        if (heads.isEmpty()) {
            return heads;
        }
        heads.forEach(c -> campaigns.put(c.id(), c));
        Map<Long, List<CampaignView.Article>> articles = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, campaign_id, article_id, url, canonical_url, title, source_name FROM shr_campaign_article
                 WHERE campaign_id IN (:ids) ORDER BY campaign_id, position, id""")
                .param("ids", campaigns.keySet())
                .query((rs, n) -> {
                    articles.computeIfAbsent(rs.getLong("campaign_id"), k -> new java.util.ArrayList<>())
                            .add(new CampaignView.Article(
                                    rs.getLong("id"),
                                    rs.getObject("article_id", Long.class),
                                    rs.getString("url"),
                                    rs.getString("canonical_url"),
                                    rs.getString("title"),
                                    rs.getString("source_name")));
                    return null;
                })
                .list();
        return campaigns.values().stream()
                .map(c -> new CampaignView(
                        c.id(),
                        c.title(),
                        c.message(),
                        c.topicId(),
                        c.topicName(),
                        c.ownerUnitId(),
                        c.startsAt(),
                        c.endsAt(),
                        articles.getOrDefault(c.id(), List.of())))
                .toList();
    }

    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of(-1L) : ids;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
