package vn.lantoa.reports.internal.clustering;

import java.util.List;
import java.util.Set;
import vn.lantoa.reports.internal.matching.MinHash;
import vn.lantoa.reports.internal.matching.Shingles;
import vn.lantoa.reports.internal.matching.TextNormalizer;

/**
 * Near-duplicate report texts, Vietnamese-aware: the matcher's normaliser (NFC, case and accent
 * folding, teencode) gives syllables, whose 2-syllable shingles are compared. MinHash bands
 * (LSH, {@value #BANDS} bands of {@value #ROWS} rows) find candidates in the database; the exact
 * Jaccard similarity of the shingle sets, recomputed from the candidates' texts, decides.
 */
public final class NearDuplicates {

    public static final int BANDS = 32;
    public static final int ROWS = 2;

    /**
     * Similarity from which a report is suggested for another's cluster. Chosen with
     * {@code NearDuplicatesTests} and {@code ClusteringTests}: reworded copies of a message (words
     * dropped or added, no diacritics, other case) score 0.55–0.85, unrelated texts about 0. With
     * 32 bands of 2 rows, a pair at 0.3 is a candidate with probability 0.95, at 0.55 above 0.9999.
     */
    public static final double SUGGEST_FROM = 0.3;

    private static final int SHINGLE = 2;
    private static final MinHash MIN_HASH = new MinHash(BANDS * ROWS);

    private NearDuplicates() {}

    public static Set<Long> shingles(String text) {
        List<String> syllables = TextNormalizer.standard().syllables(text == null ? "" : text);
        return Shingles.hashed(syllables, SHINGLE);
    }

    /** Exact Jaccard similarity of the two texts' shingle sets, in [0, 1]; 0 when either is empty. */
    public static double similarity(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Shingles.jaccard(a, b);
    }

    /** The {@value #BANDS} LSH bucket hashes of the text's shingles (empty for a text without syllables). */
    public static long[] bands(Set<Long> shingles) {
        if (shingles.isEmpty()) {
            return new long[0];
        }
        long[] signature = MIN_HASH.signature(shingles);
        long[] out = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = 0x9e3779b97f4a7c15L * (band + 1);
            for (int i = band * ROWS; i < (band + 1) * ROWS; i++) {
                h = mix(h * 31 + signature[i]);
            }
            out[band] = h;
        }
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
