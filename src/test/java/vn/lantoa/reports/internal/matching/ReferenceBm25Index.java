package vn.lantoa.reports.internal.matching;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The first BM25 index (boxed hash-map postings), kept as the oracle the primitive {@link Bm25Index} must equal. */
final class ReferenceBm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Map<String, Map<Integer, Integer>> postings = new HashMap<>();
    private final int[] lengths;
    private final double averageLength;

    ReferenceBm25Index(List<List<String>> documents) {
        lengths = new int[documents.size()];
        long total = 0;
        for (int doc = 0; doc < documents.size(); doc++) {
            List<String> terms = documents.get(doc);
            lengths[doc] = terms.size();
            total += terms.size();
            for (String term : terms) {
                postings.computeIfAbsent(term, t -> new HashMap<>()).merge(doc, 1, Integer::sum);
            }
        }
        averageLength = documents.isEmpty() ? 1 : Math.max(1, (double) total / documents.size());
    }

    public int size() {
        return lengths.length;
    }

    /**
     * The score of a document of average length containing each distinct query term once; terms
     * unknown to the index count with the highest weight, so a query mostly made of other words
     * scores low against every document.
     */
    public double idealScore(List<String> query) {
        double total = 0;
        for (String term : new LinkedHashSet<>(query)) {
            Map<Integer, Integer> docs = postings.get(term);
            total += idf(docs == null ? 0 : docs.size());
        }
        return total;
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (lengths.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    /** BM25 score of every document against the distinct query terms (0 where nothing matches). */
    public double[] score(List<String> query) {
        double[] scores = new double[lengths.length];
        for (String term : new LinkedHashSet<>(query)) {
            Map<Integer, Integer> docs = postings.get(term);
            if (docs == null) {
                continue;
            }
            double idf = idf(docs.size());
            for (Map.Entry<Integer, Integer> posting : docs.entrySet()) {
                int doc = posting.getKey();
                double tf = posting.getValue();
                double norm = K1 * (1 - B + B * lengths[doc] / averageLength);
                scores[doc] += idf * tf * (K1 + 1) / (tf + norm);
            }
        }
        return scores;
    }
}
