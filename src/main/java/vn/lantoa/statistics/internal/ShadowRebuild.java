package vn.lantoa.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full rebuild on several cores. PostgreSQL runs an {@code INSERT … SELECT} on one core, and
 * the rebuild in place is a chain of them; here every rollup table is built again beside the live
 * one ({@code …_rebuilt}, without indexes) by several connections at once, each step as soon as
 * what it reads is there, each index once its table is full, and all of them are swapped in by the
 * rebuild's own transaction. That transaction holds the live tables from its first statement, as
 * the rebuild in place does: event handlers wait, readers read the old figures until it commits,
 * and a second rebuild or a check waits for it. The facts are loaded in slices from one snapshot,
 * which it exports to the connections loading them, so they are the same actions as one statement
 * would read.
 *
 * <p>Only for a role that owns the rollup tables and may create tables in their schema (the
 * embedded database; the owner role of docs/operations.md). The application role {@code lantoa_app}
 * owns none and rebuilds in place.
 */
@Component
class ShadowRebuild {

    private static final Logger log = LoggerFactory.getLogger(ShadowRebuild.class);

    static final String SUFFIX = "_rebuilt";

    static final List<String> TABLES =
            Arrays.stream(RollupWriter.TABLES.split(",")).map(String::strip).toList();

    private static final Pattern SNAPSHOT = Pattern.compile("[0-9A-F]+(-[0-9A-F]+)+");

    private final JdbcClient jdbc;
    private final RollupWriter writer;
    private final PlatformTransactionManager transactions;
    private final int connections;

    ShadowRebuild(
            JdbcClient jdbc,
            RollupWriter writer,
            PlatformTransactionManager transactions,
            @Value("${lantoa.statistics.rebuild.connections:0}") int connections) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.transactions = transactions;
        // By default one per core, at most 4: the rest of the pool stays for the requests meanwhile.
        this.connections =
                connections > 0 ? connections : Math.min(4, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Whether the rebuild can go this way: more than one connection to give it, no caller's
     * transaction (whose uncommitted rows the other connections would not see), and a role that may
     * replace the tables.
     */
    boolean applies() {
        if (connections < 2 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.sql("SELECT has_schema_privilege(current_schema(), 'CREATE')"
                        + " AND bool_and(pg_has_role(relowner, 'USAGE')) FROM pg_class"
                        + " WHERE oid = ANY(?::text[]::regclass[])")
                .param(TABLES.toArray(String[]::new))
                .query(Boolean.class)
                .single());
    }

    /** Rebuilds every rollup from the facts; returns how many actions were counted. */
    long rebuild(Map<Long, String> paths) {
        // Read committed: the snapshot it exports is the one of that statement, after its locks.
        TransactionTemplate main = new TransactionTemplate(transactions);
        // Runs the steps of the longest chain first whenever a connection is free (see build).
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                connections,
                connections,
                0,
                TimeUnit.SECONDS,
                new PriorityBlockingQueue<>(),
                Thread.ofPlatform().name("rollup-rebuild-", 1).daemon(true).factory());
        boolean[] created = {false};
        try {
            return main.execute(status -> {
                // Once the refreshes in flight are done; the next ones wait until the new tables are
                // in and count what was logged after the snapshot below.
                writer.lockAgainstRefreshes();
                jdbc.sql("LOCK TABLE " + RollupWriter.TABLES + " IN EXCLUSIVE MODE")
                        .update();
                List<Shadow> shadows = CompletableFuture.supplyAsync(
                                () -> inTransaction(null, this::create), ranked(pool, true))
                        .join();
                created[0] = true;
                String snapshot = jdbc.sql("SELECT pg_export_snapshot()")
                        .query(String.class)
                        .single();
                long counted = build(pool, paths, snapshot, shadows);
                long started = System.nanoTime();
                takeForSwap(status);
                swap(shadows);
                log.info("Rollup rebuild: swapped the tables in in {} ms", (System.nanoTime() - started) / 1_000_000);
                return counted;
            });
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } finally {
            pool.shutdownNow();
            if (created[0]) {
                dropShadows(); // what a failed rebuild left behind; nothing after a swap
            }
        }
    }

    /** A live table, its new one, and what the new one must get to take its place. */
    record Shadow(String table, String owner, List<RollupWriter.Index> indexes, List<String> grants) {

        String name() {
            return table + SUFFIX;
        }
    }

    private List<Shadow> create() {
        dropShadowsHere();
        List<Shadow> shadows = new ArrayList<>();
        for (String table : TABLES) {
            jdbc.sql("CREATE TABLE " + table + SUFFIX + " (LIKE " + table + " INCLUDING ALL EXCLUDING INDEXES)")
                    .update();
            String owner = jdbc.sql(
                            "SELECT quote_ident(pg_get_userbyid(relowner)) FROM pg_class WHERE oid = ?::regclass")
                    .param(table)
                    .query(String.class)
                    .single();
            List<String> grants = jdbc.sql("""
                            SELECT format('GRANT %s ON %I TO %s%s', a.privilege_type, c.relname,
                                          CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END,
                                          CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END)
                              FROM pg_class c, aclexplode(c.relacl) a
                             WHERE c.oid = ?::regclass AND a.grantee <> c.relowner""").param(table).query(String.class).list();
            shadows.add(new Shadow(table, owner, writer.indexes(table), grants));
        }
        return shadows;
    }

    /**
     * Fills the new tables: the facts in as many slices as connections, then each derived table
     * as soon as what it is derived from is full, and each index as soon as its table is. The
     * longest chain (facts, unit cells, their indexes, subtree rollups, their indexes: two thirds
     * of the work at 10 million actions) goes first whenever a connection is free; the members'
     * days, bitmaps and periods fill the gaps beside it.
     */
    private long build(ThreadPoolExecutor pool, Map<Long, String> paths, String snapshot, List<Shadow> shadows) {
        Steps steps = new Steps(pool, shadows);
        AtomicLong counted = new AtomicLong();
        CompletableFuture<?>[] slices = new CompletableFuture<?>[connections];
        for (int k = 0; k < connections; k++) {
            int slice = k;
            slices[k] = steps.first(
                    CompletableFuture.completedFuture(null),
                    "loaded the facts, slice " + (k + 1) + " of " + connections,
                    snapshot,
                    () -> counted.addAndGet(Rollups.loadFacts(jdbc, n("stat_action"), connections, slice)));
        }
        CompletableFuture<?> facts = steps.first(
                CompletableFuture.allOf(slices),
                "analysed the facts",
                null,
                () -> jdbc.sql("ANALYZE " + n("stat_action")).update());
        CompletableFuture<?> cells = steps.first(facts, "derived the unit cells", null, () -> {
            writer.deriveActionDays(n("stat_action_day"), n("stat_action"));
            jdbc.sql("ANALYZE " + n("stat_action_day")).update();
        });
        CompletableFuture<?> cellIndexes = steps.indexes(true, cells, "stat_action_day");
        CompletableFuture<?> subtrees = steps.first(
                cellIndexes,
                "derived the subtree rollups",
                null,
                () -> writer.deriveSubtrees(paths, n("stat_action_day"), n("stat_below_day"), n("stat_below_split")));
        steps.indexes(true, subtrees, "stat_below_day", "stat_below_split");

        steps.indexes(false, facts, "stat_action");
        CompletableFuture<?> memberDays = steps.then(facts, "derived the members' days", () -> {
            writer.deriveMemberDayCounts(n("stat_member_day"), n("stat_action"));
            jdbc.sql("ANALYZE " + n("stat_member_day")).update();
        });
        steps.indexes(false, memberDays, "stat_member_day");
        CompletableFuture<?> members = steps.then(memberDays, "derived the members' bitmaps and periods", () -> {
            writer.prepareTree(paths);
            writer.deriveMemberDays(n("stat_member_active"), n("stat_member_day"));
            writer.deriveMemberTrees(n("stat_member_tree"), n("stat_member_active"), n("stat_member_day"));
            writer.deriveTreePeriods(n("stat_tree_period"), n("stat_member_active"), n("stat_member_tree"));
        });
        steps.indexes(false, members, "stat_member_active", "stat_member_tree", "stat_tree_period");
        steps.awaitAll();
        return counted.get();
    }

    private static String n(String table) {
        return table + SUFFIX;
    }

    /** The steps of one rebuild, each in a transaction of its own on a connection of the pool. */
    private final class Steps {

        private final ThreadPoolExecutor pool;
        private final Map<String, Shadow> shadows = new java.util.HashMap<>();
        private final List<CompletableFuture<?>> all = new ArrayList<>();

        Steps(ThreadPoolExecutor pool, List<Shadow> shadows) {
            this.pool = pool;
            shadows.forEach(s -> this.shadows.put(s.table(), s));
        }

        /** A step of the longest chain, once {@code before} is done (from {@code snapshot} if one). */
        CompletableFuture<?> first(CompletableFuture<?> before, String step, String snapshot, Runnable work) {
            return add(before.thenRunAsync(() -> timed(step, snapshot, work), ranked(pool, true)));
        }

        /** Any other step, once {@code before} is done. */
        CompletableFuture<?> then(CompletableFuture<?> before, String step, Runnable work) {
            return add(before.thenRunAsync(() -> timed(step, null, work), ranked(pool, false)));
        }

        /** Builds the indexes of the tables (each on its own connection) once {@code filled} is done. */
        CompletableFuture<?> indexes(boolean first, CompletableFuture<?> filled, String... tables) {
            List<CompletableFuture<?>> built = new ArrayList<>();
            for (String table : tables) {
                for (RollupWriter.Index index : shadows.get(table).indexes()) {
                    String step = "built " + index.name();
                    Runnable work = () -> jdbc.sql(shadowIndex(index)).update();
                    built.add(first ? first(filled, step, null, work) : then(filled, step, work));
                }
            }
            return CompletableFuture.allOf(built.toArray(CompletableFuture<?>[]::new));
        }

        private CompletableFuture<?> add(CompletableFuture<?> future) {
            all.add(future);
            return future;
        }

        /** Waits for every step, failed or not (none is left running), then throws the first failure. */
        void awaitAll() {
            RuntimeException failure = null;
            for (CompletableFuture<?> step : all) {
                try {
                    step.join();
                } catch (CompletionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        private void timed(String step, String snapshot, Runnable work) {
            long started = System.nanoTime();
            inTransaction(snapshot, () -> {
                work.run();
                return null;
            });
            log.info("Rollup rebuild: {} in {} ms", step, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static final AtomicLong SUBMITTED = new AtomicLong();

    /** Submits to the pool ahead of every waiting step that is not {@code first}, else in order. */
    private static Executor ranked(ThreadPoolExecutor pool, boolean first) {
        return task -> pool.execute(new Ranked(first ? 0 : 1, SUBMITTED.incrementAndGet(), task));
    }

    private record Ranked(int rank, long order, Runnable task) implements Runnable, Comparable<Ranked> {

        @Override
        public void run() {
            task.run();
        }

        @Override
        public int compareTo(Ranked other) {
            return rank != other.rank ? Integer.compare(rank, other.rank) : Long.compare(order, other.order);
        }
    }

    private <T> T inTransaction(String snapshot, java.util.function.Supplier<T> work) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        if (snapshot != null) {
            transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        }
        return transaction.execute(status -> {
            if (snapshot != null) {
                if (!SNAPSHOT.matcher(snapshot).matches()) {
                    throw new IllegalStateException("Unexpected snapshot id " + snapshot);
                }
                jdbc.sql("SET TRANSACTION SNAPSHOT '" + snapshot + "'").update();
            }
            writer.bulkMemory();
            return work.get();
        });
    }

    /** The statement that builds the index or primary key on the new table, named with the suffix. */
    static String shadowIndex(RollupWriter.Index index) {
        if (index.primaryKey()) {
            return "ALTER TABLE " + index.table() + SUFFIX + " ADD CONSTRAINT " + index.name() + SUFFIX + " "
                    + index.definition();
        }
        String on = " ON public." + index.table() + " ";
        String create = "INDEX " + index.name() + on;
        if (!index.definition().contains(create)) {
            throw new IllegalStateException("Unexpected index definition: " + index.definition());
        }
        return index.definition()
                .replace(create, "INDEX " + index.name() + SUFFIX + " ON " + index.table() + SUFFIX + " ");
    }

    /**
     * Takes the live tables from their readers too. A reader holding one of them while it waits for
     * another that this already holds would deadlock with it, and PostgreSQL would cancel the one
     * that waited longest, this: so each try waits less than the deadlock timeout, gives back what
     * it took, and tries again.
     */
    private void takeForSwap(org.springframework.transaction.TransactionStatus status) {
        for (int attempt = 1; ; attempt++) {
            Object savepoint = status.createSavepoint();
            try {
                jdbc.sql("SELECT set_config('lock_timeout', '500ms', true)")
                        .query(String.class)
                        .single();
                jdbc.sql("LOCK TABLE " + RollupWriter.TABLES + " IN ACCESS EXCLUSIVE MODE")
                        .update();
                jdbc.sql("SELECT set_config('lock_timeout', '0', true)")
                        .query(String.class)
                        .single();
                status.releaseSavepoint(savepoint);
                return;
            } catch (org.springframework.dao.DataAccessException e) {
                status.rollbackToSavepoint(savepoint);
                if (attempt == 40) {
                    throw e;
                }
                log.info("Rollup rebuild: the readers held the tables, trying again ({})", attempt);
            }
        }
    }

    /** In the rebuild's transaction, the tables taken: the new ones take the live ones' places, names, owner and rights. */
    private void swap(List<Shadow> shadows) {
        for (Shadow shadow : shadows) {
            jdbc.sql("DROP TABLE " + shadow.table()).update();
            jdbc.sql("ALTER TABLE " + shadow.name() + " RENAME TO " + shadow.table())
                    .update();
            for (RollupWriter.Index index : shadow.indexes()) {
                jdbc.sql(
                                index.primaryKey()
                                        ? "ALTER TABLE " + shadow.table() + " RENAME CONSTRAINT " + index.name()
                                                + SUFFIX + " TO " + index.name()
                                        : "ALTER INDEX " + index.name() + SUFFIX + " RENAME TO " + index.name())
                        .update();
            }
            jdbc.sql("ALTER TABLE " + shadow.table() + " OWNER TO " + shadow.owner())
                    .update();
            shadow.grants().forEach(grant -> jdbc.sql(grant).update());
        }
    }

    private void dropShadows() {
        try {
            inTransaction(null, () -> {
                dropShadowsHere();
                return null;
            });
        } catch (RuntimeException e) {
            log.warn(
                    "Could not drop the tables of a failed rollup rebuild (the next rebuild will): {}", e.getMessage());
        }
    }

    private void dropShadowsHere() {
        jdbc.sql("DROP TABLE IF EXISTS "
                        + String.join(
                                ", ", TABLES.stream().map(ShadowRebuild::n).toList()))
                .update();
    }
}
