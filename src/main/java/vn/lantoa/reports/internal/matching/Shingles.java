package vn.lantoa.reports.internal.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Terms derived from folded syllables: syllable bigrams, syllable shingles, character n-grams. */
public final class Shingles {

    private Shingles() {}

    /** Adjacent syllable pairs joined with {@code _}: {@code [a, b, c]} → {@code [a_b, b_c]}. */
    public static List<String> bigrams(List<String> syllables) {
        List<String> out = new ArrayList<>(Math.max(0, syllables.size() - 1));
        for (int i = 0; i + 1 < syllables.size(); i++) {
            out.add(syllables.get(i) + "_" + syllables.get(i + 1));
        }
        return out;
    }

    /** Character n-grams of the syllables joined by {@code _} and padded, for typo tolerance. */
    public static List<String> characterGrams(List<String> syllables, int n) {
        String joined = "_" + String.join("_", syllables) + "_";
        List<String> out = new ArrayList<>();
        for (int i = 0; i + n <= joined.length(); i++) {
            out.add(joined.substring(i, i + n));
        }
        return out;
    }

    /**
     * 64-bit hashes of the k-syllable shingles of a text (a text shorter than k gives one shingle
     * of all its syllables; an empty text gives none).
     */
    public static Set<Long> hashed(List<String> syllables, int k) {
        Set<Long> out = new HashSet<>();
        if (syllables.isEmpty()) {
            return out;
        }
        int width = Math.min(k, syllables.size());
        for (int i = 0; i + width <= syllables.size(); i++) {
            out.add(hash(String.join(" ", syllables.subList(i, i + width))));
        }
        return out;
    }

    /** FNV-1a 64 over UTF-8, finished with a SplitMix64 mix. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Exact Jaccard similarity of two sets (1 for two empty sets). */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<Long> smaller = a.size() <= b.size() ? a : b;
        Set<Long> larger = smaller == a ? b : a;
        int common = 0;
        for (Long x : smaller) {
            if (larger.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
