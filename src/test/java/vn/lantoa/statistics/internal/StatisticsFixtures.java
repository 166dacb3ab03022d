package vn.lantoa.statistics.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.organization.internal.UnitRows;
import vn.lantoa.platform.Zone;

/**
 * Raw data of the other modules written straight into their tables, as the statistics' tests'
 * given state (main code never does this: it reads them through their APIs and events).
 */
final class StatisticsFixtures {

    private final JdbcClient jdbc;
    private final Rollups rollups;
    private final java.util.List<Long> actions = new java.util.ArrayList<>();

    StatisticsFixtures(JdbcClient jdbc, Rollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** A login-less role of that name (made once per database: roles outlive a test's rows). */
    static void roleIfMissing(JdbcClient jdbc, String role) {
        if (!role.matches("[a-z_]+")) {
            throw new IllegalArgumentException(role);
        }
        jdbc.sql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN"
                        + " CREATE ROLE " + role + "; END IF; END $$")
                .update();
    }

    long unit(Long parent, String name) {
        long kind =
                jdbc.sql("SELECT min(id) FROM org_unit_kind").query(Long.class).single();
        return UnitRows.insert(jdbc, parent, kind, name);
    }

    long member(long unit, String name, boolean active) {
        long kind = jdbc.sql("SELECT min(id) FROM org_member_kind")
                .query(Long.class)
                .single();
        return jdbc.sql("INSERT INTO org_member (unit_id, kind_id, full_name, status) VALUES (?, ?, ?, ?) RETURNING id")
                .params(unit, kind, name, active ? "ACTIVE" : "LEFT")
                .query(Long.class)
                .single();
    }

    long campaign(long ownerUnit) {
        long topic = jdbc.sql("SELECT min(id) FROM shr_topic").query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO shr_campaign (title, topic_id, owner_unit_id, created_by, starts_at, ends_at)
                VALUES (?, ?, ?, 0, now() - interval '3 years', now() + interval '1 year') RETURNING id""")
                .params("Đợt thống kê " + UUID.randomUUID(), topic, ownerUnit)
                .query(Long.class)
                .single();
    }

    String topicName() {
        return jdbc.sql("SELECT name FROM shr_topic ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
    }

    static OffsetDateTime vietnam(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Zone.VIETNAM).toOffsetDateTime();
    }

    /** Writes an action and tells the rollups, as the listener of ActionLogged does. */
    long action(
            String kind,
            long member,
            long unit,
            String state,
            String platform,
            String source,
            Long campaign,
            OffsetDateTime at) {
        long id = jdbc.sql("""
                INSERT INTO shr_action (kind, member_id, unit_id, campaign_id, post_url, post_canonical, platform,
                                        article_official, source_name, state, created_at)
                VALUES (?, ?, ?, ?, 'https://x.example/p', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        kind,
                        member,
                        unit,
                        campaign,
                        "https://x.example/" + UUID.randomUUID(),
                        platform,
                        source != null,
                        source,
                        state,
                        at)
                .query(Long.class)
                .single();
        rollups.refresh(id);
        actions.add(id);
        return id;
    }

    /**
     * Deletes the actions written here (past months land in shr_action's default partition, which
     * the sharing tests expect empty) and takes them out of the rollups.
     */
    void deleteActions() {
        for (long id : actions) {
            jdbc.sql("DELETE FROM shr_action WHERE id = ?").param(id).update();
            rollups.refresh(id);
        }
        actions.clear();
    }

    void setState(long actionId, String state) {
        jdbc.sql("UPDATE shr_action SET state = ? WHERE id = ?")
                .params(state, actionId)
                .update();
        rollups.refresh(actionId);
    }

    long report(Long unit, String category, Long cluster, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO rpt_report (tracking_code, content, category, cluster_id, cluster_state, created_at, unit_id)
                VALUES (?, 'Nội dung phản ánh', ?, ?, ?, ?, ?) RETURNING id""")
                .params("TK-" + UUID.randomUUID(), category, cluster, cluster == null ? null : "CONFIRMED", at, unit)
                .query(Long.class)
                .single();
    }

    long cluster(String status, OffsetDateTime at) {
        return jdbc.sql("INSERT INTO rpt_cluster (status, created_at, updated_at) VALUES (?, ?, ?) RETURNING id")
                .params(status, at, at)
                .query(Long.class)
                .single();
    }

    void statusChange(long cluster, String from, String to, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO rpt_cluster_event (cluster_id, kind, from_status, to_status, actor_name, created_at)
                VALUES (?, 'STATUS', ?, ?, 'Kiểm thử', ?)""").params(cluster, from, to, at).update();
    }
}
