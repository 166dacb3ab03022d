package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lantoa.statistics.internal.StatisticsFixtures.vietnam;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.statistics.internal.UnitFigures.Count;
import vn.lantoa.statistics.internal.UnitFigures.Slice;
import vn.lantoa.statistics.internal.UnitFigures.StateCounts;
import vn.lantoa.statistics.internal.UnitFigures.Totals;

/**
 * A small province of its own (root R, children A with A1, and B) with nine actions around March
 * 2025 and three reports, checked figure by figure. Times are Vietnamese: 23:30 on 31/03 is March,
 * 00:10 on 01/04 is April.
 */
@LanToaIntegrationTest
class KnownFiguresTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rollups rollups;

    @Autowired
    StatisticsQueries queries;

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Set.of(Role.ADMIN), null);
    static final Period MARCH = Period.containing(PeriodKind.MONTH, LocalDate.of(2025, 3, 1));

    long r;
    long a;
    long a1;
    long b;
    String topic;

    StatisticsFixtures given;

    @org.junit.jupiter.api.AfterEach
    void deleteTheActions() {
        given.deleteActions();
    }

    @BeforeEach
    void aSmallProvince() {
        given = new StatisticsFixtures(jdbc, rollups);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        r = given.unit(null, "Tỉnh thử " + tag);
        a = given.unit(r, "Xã A " + tag);
        a1 = given.unit(a, "Chi bộ A1 " + tag);
        b = given.unit(r, "Xã B " + tag);
        long r1 = given.member(r, "R1", true);
        long am1 = given.member(a, "A-1", true);
        given.member(a, "A-2", true);
        long x1 = given.member(a1, "X1", true);
        long x2 = given.member(a1, "X2", true);
        long x3 = given.member(a1, "X3", true);
        long b1 = given.member(b, "B1", true);
        long b2 = given.member(b, "B2", true);
        given.member(b, "B3 (đã rời)", false);
        long c = given.campaign(r);
        topic = given.topicName();

        given.action("SHARE", x1, a1, "VERIFIED", "FACEBOOK", "Báo Nhân Dân", c, vietnam("2025-03-03T08:00"));
        given.action("SHARE", x1, a1, "SELF_REPORTED", "ZALO", null, null, vietnam("2025-03-04T09:00"));
        given.action("SHARE", x2, a1, "VERIFIED", "FACEBOOK", "Báo Nhân Dân", c, vietnam("2025-03-12T10:00"));
        given.action("REBUTTAL", x3, a1, "VERIFIED", "FACEBOOK", null, null, vietnam("2025-03-18T20:00"));
        given.action("SHARE", am1, a, "REJECTED", "FACEBOOK", null, null, vietnam("2025-03-20T07:00"));
        given.action("SHARE", b1, b, "SELF_REPORTED", "TIKTOK", "Báo Tuổi Trẻ", c, vietnam("2025-03-31T23:30"));
        given.action("SHARE", b2, b, "VERIFIED", "FACEBOOK", "Báo Nhân Dân", c, vietnam("2025-04-01T00:10"));
        given.action("REBUTTAL", r1, r, "SELF_REPORTED", "ZALO", null, null, vietnam("2025-02-15T12:00"));
        given.action("SHARE", x1, a1, "VERIFIED", "FACEBOOK", "Báo Nhân Dân", c, vietnam("2024-03-10T12:00"));

        long cluster = given.cluster("REFUTED", vietnam("2025-03-05T10:00"));
        given.report(a1, "fabricated", cluster, vietnam("2025-03-05T10:00"));
        given.report(a1, "fabricated", cluster, vietnam("2025-03-06T10:00"));
        given.statusChange(cluster, "NEW", "REFUTED", vietnam("2025-03-07T10:00"));
        given.report(b, "scam", null, vietnam("2025-03-20T10:00"));
    }

    @Test
    void theProvinceInMarchFigureByFigure() {
        UnitFigures f = queries.figures(ADMIN, r, MARCH);

        assertThat(f.totals()).isEqualTo(new Totals(8, 4, 2, 2, 1, 0));
        assertThat(f.activeRate()).isEqualTo(0.5);
        assertThat(f.shares()).isEqualTo(new StateCounts(2, 2, 1));
        assertThat(f.rebuttals()).isEqualTo(new StateCounts(1, 0, 0));
        assertThat(f.previous()).isEqualTo(new Totals(8, 1, 0, 0, 0, 1));
        assertThat(f.sameLastYear()).isEqualTo(new Totals(8, 1, 1, 0, 0, 0));

        assertThat(f.byTopic())
                .containsExactly(new Slice(String.valueOf(topicId()), topic, 3, 0), new Slice("0", "", 1, 1));
        assertThat(f.byPlatform())
                .containsExactly(
                        new Slice("FACEBOOK", "FACEBOOK", 2, 1),
                        new Slice("TIKTOK", "TIKTOK", 1, 0),
                        new Slice("ZALO", "ZALO", 1, 0));
        assertThat(f.bySource())
                .containsExactly(
                        new Slice("", "", 1, 1),
                        new Slice("Báo Nhân Dân", "Báo Nhân Dân", 2, 0),
                        new Slice("Báo Tuổi Trẻ", "Báo Tuổi Trẻ", 1, 0));

        assertThat(f.children()).hasSize(2);
        assertThat(f.children().get(0).unitId()).isEqualTo(a);
        assertThat(f.children().get(0).hasChildren()).isTrue();
        assertThat(f.children().get(0).totals()).isEqualTo(new Totals(5, 3, 2, 1, 1, 0));
        assertThat(f.children().get(1).unitId()).isEqualTo(b);
        assertThat(f.children().get(1).hasChildren()).isFalse();
        assertThat(f.children().get(1).totals()).isEqualTo(new Totals(2, 1, 0, 1, 0, 0));

        assertThat(f.trend())
                .extracting(
                        p -> p.bucket().from().getDayOfMonth(),
                        UnitFigures.TrendPoint::shares,
                        UnitFigures.TrendPoint::rebuttals,
                        UnitFigures.TrendPoint::activeMembers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 0L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(3, 2L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(10, 1L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple(17, 0L, 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(24, 0L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple(31, 1L, 0L, 1L));

        assertThat(f.reportsByCategory()).containsExactly(new Count("fabricated", 2), new Count("scam", 1));
        assertThat(f.reportsByStatus()).containsExactly(new Count("REFUTED", 2), new Count("", 1));
        assertThat(f.refutationsPublished()).isEqualTo(1);
        assertThat(f.medianTimeToRefutation()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void theDrillDownToAShowsItsOwnFiguresAndA1() {
        UnitFigures f = queries.figures(ADMIN, a, MARCH);
        assertThat(f.totals()).isEqualTo(new Totals(5, 3, 2, 1, 1, 0));
        assertThat(f.shares().rejected()).isEqualTo(1);
        assertThat(f.children()).singleElement().satisfies(c -> {
            assertThat(c.unitId()).isEqualTo(a1);
            assertThat(c.hasChildren()).isFalse();
            assertThat(c.totals()).isEqualTo(new Totals(3, 3, 2, 1, 1, 0));
        });
        assertThat(f.reportsTotal()).isEqualTo(2);
        // A subtree's refutations come from its own reports' clusters.
        assertThat(f.reportsByCategory()).containsExactly(new Count("fabricated", 2));
        assertThat(f.reportsByStatus()).containsExactly(new Count("REFUTED", 2));
        assertThat(f.refutationsPublished()).isEqualTo(1);
        assertThat(f.medianTimeToRefutation()).isEqualTo(Duration.ofDays(2));
        UnitFigures other = queries.figures(ADMIN, b, MARCH);
        assertThat(other.reportsByCategory()).containsExactly(new Count("scam", 1));
        assertThat(other.reportsByStatus()).containsExactly(new Count("", 1));
        assertThat(other.refutationsPublished()).isZero();
        assertThat(other.medianTimeToRefutation()).isNull();
    }

    @Test
    void aVerificationAndARejectionMoveTheCountsAtOnce() {
        long share = jdbc.sql("SELECT id FROM shr_action WHERE unit_id = ? AND platform = 'TIKTOK'")
                .param(b)
                .query(Long.class)
                .single();
        given.setState(share, "VERIFIED");
        assertThat(queries.figures(ADMIN, b, MARCH).shares()).isEqualTo(new StateCounts(1, 0, 0));
        given.setState(share, "REJECTED");
        UnitFigures rejected = queries.figures(ADMIN, b, MARCH);
        assertThat(rejected.shares()).isEqualTo(new StateCounts(0, 0, 1));
        assertThat(rejected.activeMembers())
                .as("only a rejected action: not active")
                .isZero();
    }

    private long topicId() {
        return jdbc.sql("SELECT min(id) FROM shr_topic").query(Long.class).single();
    }
}
