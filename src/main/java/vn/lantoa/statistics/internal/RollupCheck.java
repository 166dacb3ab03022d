package vn.lantoa.statistics.internal;

import java.util.List;

/**
 * What a comparison of the rollups with the raw actions found.
 *
 * @param actionsSeen actions read from the sharing module
 * @param differences rollup cells (day, unit, kind, topic, platform, source, state) that disagreed, at most
 *     {@link #SAMPLE} described in {@code samples}
 * @param repaired whether the rollups were rebuilt from the raw actions afterwards
 */
public record RollupCheck(long actionsSeen, long differences, List<String> samples, boolean repaired) {

    public static final int SAMPLE = 20;

    public boolean agrees() {
        return differences == 0;
    }
}
