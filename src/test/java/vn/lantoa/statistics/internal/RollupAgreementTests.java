package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;

/**
 * The rollups agree with the raw actions after any mix of logging, replayed and late events,
 * verification, rejection and moves between units; a check finds a broken rollup and repairs it.
 */
@LanToaIntegrationTest
class RollupAgreementTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rollups rollups;

    @Autowired
    StatisticsQueries queries;

    @Autowired
    vn.lantoa.organization.internal.UnitAdmin unitAdmin;

    static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Admin", Set.of(Role.ADMIN), null);

    static final String[] KINDS = {"SHARE", "REBUTTAL"};
    static final String[] STATES = {"SELF_REPORTED", "VERIFIED", "REJECTED"};
    static final String[] PLATFORMS = {"FACEBOOK", "ZALO", "TIKTOK", "OTHER"};
    static final String[] SOURCES = {null, "Báo Nhân Dân", "Báo Vĩnh Long"};

    StatisticsFixtures given;

    @org.junit.jupiter.api.AfterEach
    void deleteTheActions() {
        if (given != null) {
            given.deleteActions();
        }
    }

    @Test
    void afterARandomMixOfOperationsTheRollupsAgreeWithTheRawActions() {
        rollups.rebuildAll();
        given = new StatisticsFixtures(jdbc, rollups);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long root = given.unit(null, "Tỉnh ngẫu nhiên " + tag);
        List<Long> units = new ArrayList<>(List.of(root));
        for (int i = 0; i < 4; i++) {
            units.add(given.unit(units.get(i / 2), "Đơn vị " + i + " " + tag));
        }
        List<long[]> members = new ArrayList<>(); // {member, unit}
        for (long unit : units) {
            for (int i = 0; i < 3; i++) {
                members.add(new long[] {given.member(unit, "TV " + i, true), unit});
            }
        }
        Long campaign = given.campaign(root);
        for (int round = 0; round < 4; round++) {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            List<Long> actions = new ArrayList<>();
            List<Long> late = new ArrayList<>();
            OffsetDateTime base = OffsetDateTime.now(Zone.VIETNAM).minusDays(60);
            for (int op = 0; op < 80; op++) {
                int what = actions.isEmpty() ? 0 : random.nextInt(7);
                switch (what) {
                    case 0, 1 -> {
                        long[] m = members.get(random.nextInt(members.size()));
                        actions.add(given.action(
                                KINDS[random.nextInt(2)],
                                m[0],
                                m[1],
                                STATES[random.nextInt(3)],
                                PLATFORMS[random.nextInt(PLATFORMS.length)],
                                SOURCES[random.nextInt(SOURCES.length)],
                                random.nextBoolean() ? campaign : null,
                                base.plusMinutes(random.nextInt(60 * 24 * 60))));
                    }
                    case 2 -> given.setState(pick(actions, random), STATES[random.nextInt(3)]);
                    case 3 -> rollups.refresh(pick(actions, random)); // a replayed event
                    case 4 -> { // a move to another unit, its event handled later
                        long id = pick(actions, random);
                        jdbc.sql("UPDATE shr_action SET unit_id = ? WHERE id = ?")
                                .params(units.get(random.nextInt(units.size())), id)
                                .update();
                        late.add(id);
                    }
                    case 6 -> { // a leaf unit moved, with its actions, under another unit (UnitMoved)
                        long leaf = units.get(3 + random.nextInt(2));
                        unitAdmin.move(ADMIN, leaf, units.get(random.nextInt(3)));
                    }
                    default -> { // a state change whose event arrives late
                        long id = pick(actions, random);
                        jdbc.sql("UPDATE shr_action SET state = ? WHERE id = ?")
                                .params(STATES[random.nextInt(3)], id)
                                .update();
                        late.add(id);
                    }
                }
            }
            java.util.Collections.shuffle(late, random);
            late.forEach(rollups::refresh);
            // A move's UnitMoved is handled after its commit, on another thread.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                RollupCheck check = rollups.check(false);
                assertThat(check.differences())
                        .as("seed %d: %s", seed, check.samples())
                        .isZero();
            });
            // And the figures of each subtree are those of its raw actions, unit by unit.
            for (long unit : units) {
                assertThat(countedShares(
                                unit, base.toLocalDate(), base.toLocalDate().plusDays(61)))
                        .as("seed %d, unit %d", seed, unit)
                        .isEqualTo(rawCountedShares(unit));
                // The active members of each calendar week, month, quarter and year (counted per
                // period as the bitmaps change) and of each child's subtree in it, as the raw
                // actions give them.
                for (PeriodKind kind :
                        List.of(PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)) {
                    for (Period p = Period.containing(kind, base.toLocalDate());
                            !p.from().isAfter(base.toLocalDate().plusDays(61));
                            p = Period.containing(kind, p.to().plusDays(1))) {
                        UnitFigures f = queries.figures(ADMIN, unit, p);
                        assertThat(f.totals().activeMembers())
                                .as("seed %d, unit %d, %s", seed, unit, p)
                                .isEqualTo(rawActiveMembers(unit, p));
                        for (UnitFigures.ChildRow child : f.children()) {
                            assertThat(child.totals().activeMembers())
                                    .as("seed %d, child %d of %d, %s", seed, child.unitId(), unit, p)
                                    .isEqualTo(rawActiveMembers(child.unitId(), p));
                        }
                    }
                }
                // A trend by month over more than three months: its whole months from the monthly
                // counts, the part-months at either end from the bitmaps.
                Period longer = Period.custom(
                        base.toLocalDate().minusDays(45), base.toLocalDate().plusDays(61));
                for (UnitFigures.TrendPoint point :
                        queries.figures(ADMIN, unit, longer).trend()) {
                    assertThat(point.activeMembers())
                            .as("seed %d, unit %d, bucket %s", seed, unit, point.bucket())
                            .isEqualTo(rawActiveMembers(unit, point.bucket()));
                }
            }
        }
    }

    /** The members of the unit's subtree (as the tree is) with a counted action in the period. */
    long rawActiveMembers(long unit, Period p) {
        return jdbc.sql("""
                SELECT count(DISTINCT a.member_id) FROM shr_action a JOIN org_unit u ON u.id = a.unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%' AND a.state <> 'REJECTED'
                   AND (a.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN ? AND ?""").params(unit, p.from(), p.to()).query(Long.class).single();
    }

    @Test
    void theCheckFindsABrokenRollupAndRepairsIt() {
        rollups.rebuildAll();
        given = new StatisticsFixtures(jdbc, rollups);
        long unit = given.unit(null, "Tỉnh sửa " + UUID.randomUUID());
        long member = given.member(unit, "TV", true);
        given.action("SHARE", member, unit, "VERIFIED", "FACEBOOK", null, null, OffsetDateTime.now());
        assertThat(rollups.check(false).agrees()).isTrue();

        jdbc.sql("UPDATE stat_action_day SET n = n + 5 WHERE unit_id = ?")
                .param(unit)
                .update();
        RollupCheck broken = rollups.check(true);
        assertThat(broken.differences()).isEqualTo(1);
        assertThat(broken.samples()).singleElement().asString().contains("unit " + unit, "6 instead of 1");
        assertThat(broken.repaired()).isTrue();
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    long countedShares(long unit, LocalDate from, LocalDate to) {
        UnitFigures f = queries.figures(ADMIN, unit, Period.custom(from, to));
        return f.shares().verified() + f.shares().selfReported() + f.totals().activeMembers() * 1_000_000L;
    }

    /** The same from shr_action and the tree as it is: counted shares plus a million per active member. */
    long rawCountedShares(long unit) {
        String path = jdbc.sql("SELECT path FROM org_unit WHERE id = ?")
                .param(unit)
                .query(String.class)
                .single();
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.kind = 'SHARE' AND a.state <> 'REJECTED')
                       + 1000000 * count(DISTINCT a.member_id) FILTER (WHERE a.state <> 'REJECTED')
                  FROM shr_action a JOIN org_unit u ON u.id = a.unit_id WHERE u.path LIKE ? || '%'""").param(path).query(Long.class).single();
    }

    @Test
    void aRebuildBuildsTheIndexesItDroppedForTheBulkLoad() {
        String indexes = """
                SELECT string_agg(indexdef, '; ' ORDER BY indexname) FROM pg_indexes
                 WHERE tablename IN ('stat_action', 'stat_action_day', 'stat_member_day')""";
        String before = jdbc.sql(indexes).query(String.class).single();
        rollups.rebuildAll();
        assertThat(jdbc.sql(indexes).query(String.class).single()).isEqualTo(before);
        assertThat(before).contains("stat_action_pkey", "stat_action_day_unit_totals_idx", "stat_member_day_pkey");
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    @Test
    void theCheckFindsBrokenSubtreeRollupsAndRepairsThem() {
        rollups.rebuildAll();
        given = new StatisticsFixtures(jdbc, rollups);
        long root = given.unit(null, "Tỉnh cây " + UUID.randomUUID());
        long commune = given.unit(root, "Xã");
        long cell = given.unit(commune, "Chi bộ");
        long member = given.member(cell, "TV", true);
        given.action("SHARE", member, cell, "VERIFIED", "FACEBOOK", null, null, OffsetDateTime.now());
        given.action("REBUTTAL", member, cell, "SELF_REPORTED", "ZALO", "Báo Nhân Dân", null, OffsetDateTime.now());
        assertThat(jdbc.sql("SELECT count(*) FROM stat_member_tree WHERE member_id = ?")
                        .param(member)
                        .query(Long.class)
                        .single())
                .as("the member's days in the cell's subtree and both above")
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT sum(n) FROM stat_below_day WHERE unit_id IN (?, ?)")
                        .params(root, commune)
                        .query(Long.class)
                        .single())
                .as("counted in both units above the cell")
                .isEqualTo(4);
        assertThat(rollups.check(false).agrees()).isTrue();

        jdbc.sql("UPDATE stat_below_day SET n = n + 2 WHERE unit_id = ?")
                .param(root)
                .update();
        jdbc.sql("DELETE FROM stat_below_split WHERE unit_id = ? AND dim = 's'")
                .param(commune)
                .update();
        jdbc.sql("UPDATE stat_member_active SET days = B'0' WHERE member_id = ?")
                .param(member)
                .update();
        jdbc.sql("DELETE FROM stat_member_tree WHERE member_id = ? AND unit_id = ?")
                .params(member, root)
                .update();
        jdbc.sql("UPDATE stat_tree_period SET n = n + 3 WHERE unit_id = ? AND span = 'QUARTER'")
                .param(commune)
                .update();
        RollupCheck broken = rollups.check(true);
        assertThat(broken.differences()).isEqualTo(2 + 2 + 1 + 1 + 1);
        assertThat(broken.samples())
                .anyMatch(s -> s.contains("2 day rows and 2 split rows differ"))
                .anyMatch(s -> s.contains("active members per subtree and period: 1 rows differ"))
                .anyMatch(s -> s.contains("member " + member + " in unit " + cell + ": active days differ"))
                .anyMatch(s ->
                        s.contains("member " + member + " in the subtree of unit " + root + ": active days differ"));
        assertThat(broken.repaired()).isTrue();
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    @Test
    void aShareLoggedThroughTheApiAndThenRejectedIsCountedThroughTheirEvents() {
        CurrentUser admin = ADMIN;
        long unit = jdbc.sql("SELECT unit_id FROM org_member m JOIN acc_user u ON u.member_id = m.id"
                        + " WHERE u.username = 'thanhvien'")
                .query(Long.class)
                .single();
        Period today = Period.containing(PeriodKind.WEEK, LocalDate.now(Zone.VIETNAM));
        long before = queries.figures(admin, unit, today).shares().selfReported();

        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        member.get("/thanh-vien");
        HttpResponse<String> created = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"https://www.facebook.com/groups/9/posts/" + Math.abs(new Random().nextLong())
                        + "\",\"articleUrl\":\"https://tin-khong-ro.example/a\"}");
        assertThat(created.statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                queries.figures(admin, unit, today).shares().selfReported())
                        .isEqualTo(before + 1));

        long id = Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        long rejected = queries.figures(admin, unit, today).shares().rejected();
        Browser manager = new Browser(port);
        manager.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        manager.get("/quan-tri/ghi-nhan");
        assertThat(manager.postForm(
                                "/quan-tri/ghi-nhan/" + id,
                                java.util.Map.of("decision", "reject", "reason", "Không tìm thấy bài đăng"))
                        .statusCode())
                .isEqualTo(302);
        // ActionReviewed moves it from self-reported to rejected.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(queries.figures(admin, unit, today).shares())
                                .extracting(UnitFigures.StateCounts::selfReported, UnitFigures.StateCounts::rejected)
                                .containsExactly(before, rejected + 1));
    }

    private static long pick(List<Long> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }
}
