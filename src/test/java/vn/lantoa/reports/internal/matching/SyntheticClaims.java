package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded synthetic claim statements for the latency benchmarks, from the evaluation set's words.
 * {@code markov}: texts walked from a first-order Markov chain over the words of the evaluation
 * claims and of the report texts typed with diacritics, lengths drawn from the real claims'
 * lengths: Vietnamese vocabulary and word frequencies, new combinations. {@code pieces}: two
 * sentence pieces of real claims glued together plus a number, a harsher base where thousands of
 * claims repeat phrases of the claim a query is about.
 */
public final class SyntheticClaims {

    private static final long SEED = 7;
    private static final Set<String> TYPED_WITH_DIACRITICS =
            Set.of("paraphrase", "hard", "long", "quote", "short", "oldtone", "none");

    private SyntheticClaims() {}

    /** The 441 report texts of the evaluation set, as queries. */
    public static List<String> queries() {
        return EvaluationSet.load().reports().stream()
                .map(EvaluationSet.LabelledReport::text)
                .toList();
    }

    /** The 64 claim statements of the evaluation set. */
    public static List<String> evaluationClaims() {
        return EvaluationSet.load().claims().stream().map(MatchableClaim::text).toList();
    }

    public static List<String> markov(int count) {
        EvaluationSet set = EvaluationSet.load();
        Random random = new Random(SEED);
        List<String> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        set.claims().forEach(c -> texts.add(c.text()));
        set.reports().stream()
                .filter(r -> TYPED_WITH_DIACRITICS.contains(r.kind()))
                .forEach(r -> texts.add(r.text()));
        Map<String, List<String>> next = new HashMap<>();
        List<String> starts = new ArrayList<>();
        for (String text : texts) {
            String[] words = text.strip().split("\\s+");
            starts.add(words[0]);
            for (int i = 0; i + 1 < words.length; i++) {
                next.computeIfAbsent(words[i], w -> new ArrayList<>()).add(words[i + 1]);
            }
        }
        int[] lengths = set.claims().stream()
                .mapToInt(c -> c.text().split("\\s+").length)
                .toArray();
        while (out.size() < count) {
            int length = lengths[random.nextInt(lengths.length)];
            StringBuilder text = new StringBuilder();
            String word = starts.get(random.nextInt(starts.size()));
            for (int i = 0; i < length; i++) {
                text.append(i == 0 ? "" : " ").append(word);
                List<String> options = next.get(word);
                word = options == null
                        ? starts.get(random.nextInt(starts.size()))
                        : options.get(random.nextInt(options.size()));
            }
            out.add(text.toString());
        }
        return out;
    }

    public static List<String> pieces(int count) {
        EvaluationSet set = EvaluationSet.load();
        Random random = new Random(SEED);
        List<String> out = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        for (MatchableClaim claim : set.claims()) {
            pieces.addAll(Arrays.asList(claim.text().split("[,.] *")));
        }
        while (out.size() < count) {
            String text = pieces.get(random.nextInt(pieces.size())) + ", " + pieces.get(random.nextInt(pieces.size()))
                    + " " + random.nextInt(1000);
            out.add(text);
        }
        return out;
    }
}
