package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash signatures: signatures are cut into bands and two items
 * are candidates when any band is equal. With b bands of r rows, pairs of Jaccard similarity s are
 * found with probability 1 − (1 − s^r)^b.
 */
public final class LshIndex<K> {

    private final int bands;
    private final int rows;
    private final List<Map<Long, List<K>>> buckets = new ArrayList<>();

    public LshIndex(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
        for (int i = 0; i < bands; i++) {
            buckets.add(new HashMap<>());
        }
    }

    public void add(K key, long[] signature) {
        check(signature);
        for (int band = 0; band < bands; band++) {
            buckets.get(band)
                    .computeIfAbsent(bandHash(signature, band), h -> new ArrayList<>())
                    .add(key);
        }
    }

    /** Keys sharing at least one band with the signature, in insertion order per band. */
    public Set<K> candidates(long[] signature) {
        check(signature);
        Set<K> out = new LinkedHashSet<>();
        for (int band = 0; band < bands; band++) {
            List<K> keys = buckets.get(band).get(bandHash(signature, band));
            if (keys != null) {
                out.addAll(keys);
            }
        }
        return out;
    }

    private void check(long[] signature) {
        if (signature.length != bands * rows) {
            throw new IllegalArgumentException("signature length must be " + bands * rows);
        }
    }

    private long bandHash(long[] signature, int band) {
        long h = band;
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Shingles.mix(h * 31 + signature[i]);
        }
        return h;
    }
}
