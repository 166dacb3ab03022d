package vn.lantoa.reports.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.web.StructuredData;

/**
 * Keeps the ClaimReview of cached article pages current whatever changes a refuted cluster's
 * reports (a new report filed into it, a report confirmed, moved or split off): a cheap query per
 * run fingerprints the confirmed reports behind each refutation article, and a changed fingerprint
 * drops that article's cached page on every node ({@link StructuredData.Changed}).
 */
@Component
public class AppearanceWatch {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private Map<Long, String> last;

    AppearanceWatch(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Scheduled(
            fixedDelayString = "${lantoa.reports.appearance-check:1m}",
            initialDelayString = "${lantoa.reports.appearance-check:1m}")
    public synchronized void check() {
        Map<Long, String> now = new HashMap<>();
        jdbc.sql("""
                SELECT c.refutation_article_id AS article, count(r.id) || ':' || coalesce(sum(r.id), 0) AS print
                FROM rpt_claim c JOIN rpt_cluster k ON k.claim_id = c.id
                LEFT JOIN rpt_report r ON r.cluster_id = k.id AND r.cluster_state = 'CONFIRMED'
                WHERE c.refutation_article_id IS NOT NULL GROUP BY c.refutation_article_id""")
                .query((rs, n) -> now.put(rs.getLong("article"), rs.getString("print")))
                .list();
        if (last != null) {
            now.forEach((article, print) -> {
                if (!Objects.equals(last.get(article), print)) {
                    events.publishEvent(new StructuredData.Changed(article));
                }
            });
        }
        last = now;
    }
}
