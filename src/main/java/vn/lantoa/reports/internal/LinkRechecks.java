package vn.lantoa.reports.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-checks reported links on a schedule, when outbound HTTP is allowed
 * ({@code lantoa.reports.recheck.enabled}): each link every {@code interval} until it is first seen
 * removed, each result stored, so that the time from the first report to removal can be reported.
 * Several nodes share the work: a due link is taken with {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
public class LinkRechecks {

    private static final Logger log = LoggerFactory.getLogger(LinkRechecks.class);
    static final int BATCH = 50;

    /** The watch of one reported link. */
    public record Watch(
            String url,
            Instant firstReportedAt,
            LinkProbe.Outcome lastOutcome,
            Instant lastCheckedAt,
            Integer lastStatus,
            Instant removedAt) {

        /** First report to first seen removed, or null while not removed. */
        public Duration timeToRemoval() {
            return removedAt == null ? null : Duration.between(firstReportedAt, removedAt);
        }
    }

    private final JdbcClient jdbc;
    private final ReportedLinks links;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final boolean enabled;
    private final Duration interval;
    private final LinkProbe probe;

    @Autowired
    LinkRechecks(
            JdbcClient jdbc,
            ReportedLinks links,
            Clock clock,
            TransactionTemplate tx,
            @Value("${lantoa.reports.recheck.enabled:false}") boolean enabled,
            @Value("${lantoa.reports.recheck.interval:6h}") Duration interval,
            @Value("${lantoa.reports.recheck.timeout:5s}") Duration timeout,
            @Value("${lantoa.reports.recheck.block-private-addresses:true}") boolean blockPrivate) {
        this(jdbc, links, clock, tx, enabled, interval, new LinkProbe(timeout, blockPrivate));
    }

    LinkRechecks(
            JdbcClient jdbc,
            ReportedLinks links,
            Clock clock,
            TransactionTemplate tx,
            boolean enabled,
            Duration interval,
            LinkProbe probe) {
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
        this.tx = tx;
        this.enabled = enabled;
        this.interval = interval;
        this.probe = probe;
    }

    public boolean enabled() {
        return enabled;
    }

    @Scheduled(
            fixedDelayString = "${lantoa.reports.recheck.tick:1m}",
            initialDelayString = "${lantoa.reports.recheck.tick:1m}")
    void tick() {
        if (!enabled) {
            return;
        }
        try {
            links.watchNew(clock.instant());
            List<String> due;
            do {
                due = takeDue(BATCH);
                due.forEach(this::check);
            } while (due.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Link re-check failed; retrying on the next run", e);
        }
    }

    /** Takes due links and moves their next check on, so that no other node takes them too. */
    List<String> takeDue(int limit) {
        Instant now = clock.instant();
        return tx.execute(s -> jdbc.sql("""
                UPDATE rpt_link_watch SET next_check_at = ?
                WHERE url IN (SELECT url FROM rpt_link_watch WHERE removed_at IS NULL AND next_check_at <= ?
                              ORDER BY next_check_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING url""")
                .params(Timestamp.from(now.plus(interval)), Timestamp.from(now), limit)
                .query(String.class)
                .list());
    }

    /** Checks one watched link now and stores the result. */
    public LinkProbe.Result check(String url) {
        LinkProbe.Result result = probe.probe(url);
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO rpt_link_check (url, checked_at, outcome, http_status, final_url, detail)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(
                            url,
                            Timestamp.from(now),
                            result.outcome().name(),
                            result.status(),
                            cut(result.finalUrl(), 2000),
                            cut(result.detail(), 500))
                    .update();
            jdbc.sql("""
                    UPDATE rpt_link_watch SET last_outcome = ?, last_checked_at = ?,
                        removed_at = CASE WHEN ? AND removed_at IS NULL THEN ? ELSE removed_at END
                    WHERE url = ?""")
                    .params(
                            result.outcome().name(),
                            Timestamp.from(now),
                            result.outcome() == LinkProbe.Outcome.REMOVED,
                            Timestamp.from(now),
                            url)
                    .update();
        });
        return result;
    }

    /** The watches of these reported links, by link; links not watched yet are absent. */
    public Map<String, Watch> watches(Collection<String> urls) {
        Map<String, Watch> out = new LinkedHashMap<>();
        if (urls.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT w.url, w.first_reported_at, w.last_outcome, w.last_checked_at, w.removed_at,
                       (SELECT c.http_status FROM rpt_link_check c WHERE c.url = w.url
                        ORDER BY c.checked_at DESC, c.id DESC LIMIT 1) AS last_status
                FROM rpt_link_watch w WHERE w.url = ANY (?)""")
                .param(urls.toArray(String[]::new))
                .query((rs, n) -> new Watch(
                        rs.getString("url"),
                        rs.getTimestamp("first_reported_at").toInstant(),
                        rs.getString("last_outcome") == null
                                ? null
                                : LinkProbe.Outcome.valueOf(rs.getString("last_outcome")),
                        instant(rs.getTimestamp("last_checked_at")),
                        rs.getObject("last_status", Integer.class),
                        instant(rs.getTimestamp("removed_at"))))
                .list()
                .forEach(w -> out.put(w.url(), w));
        return out;
    }

    /** The combined watch of a canonical link's reported variants: first removal, latest check. */
    public static Watch combine(String canonical, Instant firstSeen, List<Watch> variants) {
        if (variants.isEmpty()) {
            return null;
        }
        Watch latest = variants.stream()
                .filter(w -> w.lastCheckedAt() != null)
                .max(java.util.Comparator.comparing(Watch::lastCheckedAt))
                .orElse(variants.getFirst());
        Instant removed = variants.stream()
                .map(Watch::removedAt)
                .filter(t -> t != null)
                .min(Instant::compareTo)
                .orElse(null);
        return new Watch(
                canonical, firstSeen, latest.lastOutcome(), latest.lastCheckedAt(), latest.lastStatus(), removed);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
