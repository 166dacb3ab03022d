package vn.lantoa.statistics.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The demo carries two years of history over its own units and members, ending where this week starts. */
@LanToaIntegrationTest
class DemoHistoryTests {

    /** The posts the generator makes up (other tests log actions of their own into the same database). */
    private static final String GENERATED =
            "post_canonical ~ '^https://(www\\.facebook\\.com/(groups/lantoa|trang)[0-9]+/posts/"
                    + "|zalo\\.me/g/lantoa[0-9]+/p/|www\\.tiktok\\.com/@kenh[0-9]+/video/|www\\.youtube\\.com/watch\\?v=lt)'";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theDemoHasTwoYearsOfActionsOverItsOwnMembers() {
        // The history ends where the week it was seeded in starts, and its last week has actions:
        // its window is the one ending at the first Monday after its last action. That week is this
        // one, or the last one if the suite crossed a Monday midnight after the demo was seeded
        // (seen at 31/01/2027 23:59 in .ci/shifted-clock).
        Instant last = jdbc.sql("SELECT max(created_at) FROM shr_action WHERE " + GENERATED)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
        GeneratorOptions options = DemoHistory.options(last.plus(java.time.Duration.ofDays(7)));
        Instant now = clock.instant();
        assertThat(options.end())
                .isIn(
                        DemoHistory.options(now).end(),
                        DemoHistory.options(now.minus(java.time.Duration.ofDays(7)))
                                .end());
        Instant start = options.start();
        Instant end = options.end();
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action WHERE created_at >= ? AND created_at < ? AND " + GENERATED)
                        .params(start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC))
                        .query(Long.class)
                        .single())
                .isEqualTo(10_245);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action WHERE " + GENERATED)
                        .query(Long.class)
                        .single())
                .as("nothing generated at or after the start of this week")
                .isEqualTo(10_245);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action a JOIN org_member m ON m.id = a.member_id"
                                + " WHERE m.unit_id = a.unit_id AND a." + GENERATED)
                        .query(Long.class)
                        .single())
                .as("every generated action is in its member's unit")
                .isEqualTo(10_245);
        long shares = jdbc.sql("SELECT count(*) FROM shr_action WHERE kind = 'SHARE' AND " + GENERATED)
                .query(Long.class)
                .single();
        assertThat(shares).isBetween(5_000L, 7_000L);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action_default")
                        .query(Long.class)
                        .single())
                .as("the months of the history have their partitions")
                .isLessThan(100);
    }

    @Test
    void theDemoHistoryHasCampaignsDirectivesAndClosedReports() {
        Instant end = DemoHistory.options(clock.instant()).end();
        assertThat(jdbc.sql("SELECT count(*) FROM shr_campaign WHERE starts_at < ?")
                        .param(end.atOffset(ZoneOffset.UTC))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(24);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_directive_ack WHERE acked_at < ?")
                        .param(end.atOffset(ZoneOffset.UTC))
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM rpt_report WHERE tracking_code LIKE 'PG-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(300);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM rpt_report r JOIN rpt_cluster c ON c.id = r.cluster_id
                        WHERE r.tracking_code LIKE 'PG-%' AND c.status IN ('NEW', 'IN_VERIFICATION')""").query(Long.class).single())
                .as("the history's reports are all handled; the triage queue is the demo's own")
                .isZero();
    }
}
