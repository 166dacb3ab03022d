package vn.lantoa.reports.internal.matching;

import java.util.Arrays;
import java.util.Set;

/**
 * MinHash signatures of shingle sets: the share of equal positions in two signatures estimates the
 * Jaccard similarity of the sets. Deterministic (fixed seeds), so signatures can be stored.
 */
public final class MinHash {

    private final long[] seeds;

    public MinHash(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        seeds = new long[size];
        long state = 0x5deece66dL;
        for (int i = 0; i < size; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = Shingles.mix(state);
        }
    }

    public int size() {
        return seeds.length;
    }

    public long[] signature(Set<Long> shingles) {
        long[] signature = new long[seeds.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Shingles.mix(shingle ^ seeds[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity: the share of positions where the two signatures agree. */
    public static double similarity(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes");
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }
}
