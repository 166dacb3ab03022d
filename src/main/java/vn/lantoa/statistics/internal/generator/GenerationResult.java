package vn.lantoa.statistics.internal.generator;

import java.time.Duration;

/**
 * What a run wrote and how fast: counts, the time of the action phase, of the rollup
 * rebuild after it and of the whole run, and
 * the size on disk of the actions (partitions, indexes and the key table) and of the database.
 */
public record GenerationResult(
        int units,
        int members,
        int campaigns,
        long actions,
        int reports,
        Duration actionTime,
        Duration rollupRebuild,
        Duration total,
        long actionBytes,
        long databaseBytes) {

    public long actionsPerSecond() {
        return actionTime.toMillis() == 0 ? 0 : actions * 1000 / actionTime.toMillis();
    }

    /** Bytes of action storage per million actions. */
    public long bytesPerMillionActions() {
        return actions == 0 ? 0 : actionBytes * 1_000_000 / actions;
    }
}
