package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.sharing.ActionFacts;

/**
 * The rebuild on several connections ({@link ShadowRebuild}) gives the same rollups as the rebuild
 * in place, row for row; the tables it swaps in keep the live tables' indexes, names and rights;
 * and when it fails the live rollups are as they were, with nothing of it left behind.
 */
@LanToaIntegrationTest
class ShadowRebuildTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rollups rollups;

    @Autowired
    ShadowRebuild shadow;

    @Autowired
    RollupWriter writer;

    @Autowired
    ActionFacts facts;

    @Autowired
    UnitDirectory units;

    @Autowired
    PlatformTransactionManager transactions;

    StatisticsFixtures given;

    @AfterEach
    void cleanUp() {
        jdbc.sql("DROP TABLE IF EXISTS stat_test_blocker").update();
        if (given != null) {
            given.deleteActions();
        }
    }

    @Test
    void onSeveralConnectionsTheRebuildGivesTheSameRollupsAsInPlace() {
        givenActionsInTwoUnits();
        assertThat(shadow.applies())
                .as("the test database's role may replace the tables")
                .isTrue();

        rollups.rebuildAll();
        Map<String, String> shadowed = contents();
        inPlace().rebuildAll();
        Map<String, String> inPlace = contents();

        assertThat(shadowed).isEqualTo(inPlace);
        assertThat(shadowed.get("stat_action")).as("the actions were counted").isNotEqualTo(empty());
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    @Test
    void theSwappedTablesKeepTheLiveTablesIndexesNamesAndRights() {
        StatisticsFixtures.roleIfMissing(jdbc, "lantoa_rollup_reader");
        jdbc.sql("GRANT SELECT ON stat_below_day, stat_tree_period TO lantoa_rollup_reader")
                .update();
        List<RollupWriter.Index> before = writer.indexes(ShadowRebuild.TABLES.toArray(String[]::new));
        List<String> rightsBefore = rights();

        rollups.rebuildAll();

        assertThat(writer.indexes(ShadowRebuild.TABLES.toArray(String[]::new))).isEqualTo(before);
        assertThat(before).isNotEmpty();
        assertThat(rights()).isEqualTo(rightsBefore).contains("stat_below_day: lantoa_rollup_reader SELECT");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedRebuildLeavesTheLiveRollupsAsTheyWereAndNothingBehind() {
        long unit = givenActionsInTwoUnits();
        rollups.rebuildAll();
        // Broken on purpose, so that a rebuild that ran would show.
        jdbc.sql("UPDATE stat_action_day SET n = n + 5 WHERE unit_id = ?")
                .param(unit)
                .update();
        Map<String, String> before = contents();
        // A name the last index of the rebuild needs is taken: it fails once everything else is built.
        jdbc.sql("CREATE TABLE stat_test_blocker (x INT)").update();
        jdbc.sql("CREATE INDEX stat_below_split_pkey" + ShadowRebuild.SUFFIX + " ON stat_test_blocker (x)")
                .update();

        assertThatThrownBy(rollups::rebuildAll).hasMessageContaining("stat_below_split_pkey_rebuilt");

        assertThat(contents()).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
        jdbc.sql("DROP TABLE stat_test_blocker").update();
        rollups.rebuildAll();
        assertThat(contents()).as("repaired by the rebuild").isNotEqualTo(before);
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    @Test
    void anActionLoggedWhileTheRebuildRunsIsCountedInTheTablesItSwapsIn() throws Exception {
        long unit = givenActionsInTwoUnits();
        long member = given.member(unit, "TV C", true);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Long> logged = new java.util.concurrent.CompletableFuture<>();
        // A reader keeps the swap waiting, so the rebuild is surely between its snapshot and its commit
        // when the action is logged (and its event handled) on another connection.
        // Threads of their own: the common pool may have a single one on a small machine.
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
        java.util.concurrent.CompletableFuture<Void> reader = java.util.concurrent.CompletableFuture.runAsync(
                () -> readOnly.executeWithoutResult(status -> {
                    jdbc.sql("SELECT count(*) FROM stat_action")
                            .query(Long.class)
                            .single();
                    holding.countDown();
                    waitFor("the swap waits for the tables", "query LIKE 'LOCK TABLE%ACCESS EXCLUSIVE MODE'");
                    java.util.concurrent.CompletableFuture.runAsync(
                            () -> {
                                try {
                                    logged.complete(given.action(
                                            "SHARE",
                                            member,
                                            unit,
                                            "VERIFIED",
                                            "ZALO",
                                            null,
                                            null,
                                            OffsetDateTime.now()));
                                } catch (RuntimeException e) {
                                    logged.completeExceptionally(e);
                                }
                            },
                            threads);
                    waitFor("the event's refresh waits for the rebuild", "wait_event = 'advisory'");
                }),
                threads);
        holding.await();

        rollups.rebuildAll();
        reader.get(2, java.util.concurrent.TimeUnit.MINUTES);

        long action = logged.get(2, java.util.concurrent.TimeUnit.MINUTES);
        threads.shutdown();
        assertThat(jdbc.sql("SELECT count(*) FROM stat_action WHERE action_id = ?")
                        .param(action)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(rollups.check(false).agrees()).isTrue();
    }

    private void waitFor(String what, String condition) {
        org.awaitility.Awaitility.await(what)
                .atMost(java.time.Duration.ofMinutes(2))
                .until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND "
                                        + condition)
                                .query(Long.class)
                                .single()
                        > 0);
    }

    /** Returns the parent unit. */
    @Test
    void aReaderHoldingOneTableWhileTheSwapWaitsForItIsNeitherDeadlockedNorCancelled() throws Exception {
        givenActionsInTwoUnits();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Long> reader =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> readOnly.execute(status -> {
                    jdbc.sql("SELECT count(*) FROM stat_action")
                            .query(Long.class)
                            .single();
                    holding.countDown();
                    // The rebuild now holds every other rollup table and waits for this one.
                    org.awaitility.Awaitility.await()
                            .atMost(java.time.Duration.ofMinutes(2))
                            .until(() -> jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                                    + " AND query LIKE 'LOCK TABLE%ACCESS EXCLUSIVE MODE'")
                                            .query(Long.class)
                                            .single()
                                    > 0);
                    // Would wait for the rebuild while the rebuild waits for this: a deadlock.
                    return jdbc.sql("SELECT count(*) FROM stat_action_day")
                            .query(Long.class)
                            .single();
                }));
        holding.await();

        rollups.rebuildAll();

        assertThat(reader.get(2, java.util.concurrent.TimeUnit.MINUTES)).isPositive();
        assertThat(rollups.check(false).agrees()).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    private long givenActionsInTwoUnits() {
        given = new StatisticsFixtures(jdbc, rollups);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long root = given.unit(null, "Tỉnh song song " + tag);
        long child = given.unit(root, "Xã song song " + tag);
        long a = given.member(root, "TV A", true);
        long b = given.member(child, "TV B", true);
        OffsetDateTime now = OffsetDateTime.now();
        given.action("SHARE", a, root, "VERIFIED", "FACEBOOK", "Báo Nhân Dân", null, now);
        given.action("REBUTTAL", a, root, "SELF_REPORTED", "ZALO", null, null, now.minusDays(40));
        given.action("SHARE", b, child, "REJECTED", "TIKTOK", null, null, now.minusDays(3));
        given.action("SHARE", b, child, "VERIFIED", "FACEBOOK", "Báo Vĩnh Long", null, now.minusDays(400));
        return root;
    }

    /** The same service rebuilding on one connection, in place. */
    private Rollups inPlace() {
        return new Rollups(
                facts,
                units,
                writer,
                jdbc,
                new TransactionTemplate(transactions),
                new ShadowRebuild(jdbc, writer, transactions, 1));
    }

    /** A hash of each rollup table's rows. */
    private Map<String, String> contents() {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String table : ShadowRebuild.TABLES) {
            hashes.put(
                    table,
                    jdbc.sql("SELECT coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM " + table + " t")
                            .query(String.class)
                            .single());
        }
        return hashes;
    }

    private static String empty() {
        return "";
    }

    private List<String> rights() {
        return jdbc.sql("""
                SELECT c.relname || ': ' || pg_get_userbyid(a.grantee) || ' ' || a.privilege_type
                  FROM pg_class c, aclexplode(c.relacl) a
                 WHERE c.oid = ANY(?::text[]::regclass[]) ORDER BY 1""")
                .param(ShadowRebuild.TABLES.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    private List<String> leftovers() {
        return jdbc.sql("SELECT relname FROM pg_class WHERE relkind = 'r' AND relname LIKE '%\\_rebuilt'")
                .query(String.class)
                .list();
    }
}
