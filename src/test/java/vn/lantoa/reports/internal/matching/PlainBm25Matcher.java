package vn.lantoa.reports.internal.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The baseline: plain BM25 over lower-cased NFC words, split on anything that is not a letter or a
 * digit; no folding, no teencode, no n-grams.
 */
final class PlainBm25Matcher {

    private final List<MatchableClaim> claims;
    private final Bm25Index index;

    PlainBm25Matcher(List<MatchableClaim> claims) {
        this.claims = List.copyOf(claims);
        this.index = new Bm25Index(claims.stream().map(c -> words(c.text())).toList());
    }

    static List<String> words(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : lower.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    List<String> rank(String text, int limit) {
        double[] scores = index.score(words(text));
        return IntStream.range(0, claims.size())
                .filter(i -> scores[i] > 0)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])
                        .thenComparing(i -> claims.get(i).id()))
                .limit(limit)
                .map(i -> claims.get(i).id())
                .toList();
    }

    @Override
    public String toString() {
        return "PlainBm25Matcher" + Arrays.toString(new int[] {claims.size()});
    }
}
