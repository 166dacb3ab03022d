package vn.lantoa.reports.internal.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over documents given as term lists; documents are numbered in the order added.
 * Postings are primitive arrays (document numbers ascending, term frequencies beside them), so a
 * hundred thousand claims fit in tens of megabytes and a query walks arrays rather than hash maps.
 * Documents can be appended at any time; statistics (document count, average length) are read at
 * query time, so an index grown by appends scores exactly like one built in one go. Not thread-safe:
 * the caller guards appends against concurrent queries.
 */
public final class Bm25Index {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final int MAX_FREQUENCY = Character.MAX_VALUE;

    private final Map<String, Postings> postings = new HashMap<>();
    private int[] lengths = new int[16];
    private int size;
    private long totalLength;
    /** Length normalisation per document for the current statistics; recomputed after appends. */
    private volatile Norms norms = new Norms(0, 0, new double[0]);

    private record Norms(int size, long totalLength, double[] values) {}

    public Bm25Index() {}

    public Bm25Index(List<List<String>> documents) {
        documents.forEach(this::add);
    }

    /** Appends a document; returns its number. */
    public int add(List<String> terms) {
        int doc = size;
        if (doc == lengths.length) {
            lengths = Arrays.copyOf(lengths, doc * 2);
        }
        lengths[doc] = terms.size();
        size++;
        totalLength += terms.size();
        Map<String, Integer> frequencies = new HashMap<>();
        for (String term : terms) {
            frequencies.merge(term, 1, Integer::sum);
        }
        frequencies.forEach((term, tf) ->
                postings.computeIfAbsent(term, t -> new Postings()).add(doc, tf));
        return doc;
    }

    public int size() {
        return size;
    }

    /** Number of distinct terms. */
    public int terms() {
        return postings.size();
    }

    /** Number of (term, document) pairs held. */
    public long postingCount() {
        long total = 0;
        for (Postings p : postings.values()) {
            total += p.size;
        }
        return total;
    }

    /**
     * The score of a document of average length containing each distinct query term once; terms
     * unknown to the index count with the highest weight, so a query mostly made of other words
     * scores low against every document.
     */
    public double idealScore(List<String> query) {
        double total = 0;
        for (String term : new LinkedHashSet<>(query)) {
            Postings docs = postings.get(term);
            total += idf(docs == null ? 0 : docs.size);
        }
        return total;
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (size - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    private double averageLength() {
        return size == 0 ? 1 : Math.max(1, (double) totalLength / size);
    }

    /** BM25 score of every document against the distinct query terms (0 where nothing matches). */
    public double[] score(List<String> query) {
        double[] scores = new double[size];
        double[] norm = norms();
        // Term at a time in query order, with the same arithmetic as the first (boxed) version, so
        // the scores are equal to the last bit.
        for (String term : new LinkedHashSet<>(query)) {
            Postings list = postings.get(term);
            if (list == null) {
                continue;
            }
            double idf = idf(list.size);
            int[] docs = list.docs;
            char[] frequencies = list.frequencies;
            for (int i = 0; i < list.size; i++) {
                int doc = docs[i];
                double tf = frequencies[i];
                scores[doc] += idf * tf * (K1 + 1) / (tf + norm[doc]);
            }
        }
        return scores;
    }

    /**
     * {@code K1 * (1 - B + B * length / averageLength)} of every document, computed once per change
     * of the statistics instead of once per posting. Concurrent queries may both compute it; each
     * publishes a complete array.
     */
    private double[] norms() {
        Norms current = norms;
        if (current.size() == size && current.totalLength() == totalLength) {
            return current.values();
        }
        double averageLength = averageLength();
        double[] values = new double[size];
        for (int doc = 0; doc < size; doc++) {
            values[doc] = K1 * (1 - B + B * lengths[doc] / averageLength);
        }
        norms = new Norms(size, totalLength, values);
        return values;
    }

    /** Postings of one term: document numbers in ascending order and their term frequencies. */
    private static final class Postings {
        int[] docs = new int[2];
        char[] frequencies = new char[2];
        int size;

        void add(int doc, int frequency) {
            if (size == docs.length) {
                int grown = size + (size >> 1) + 1;
                docs = Arrays.copyOf(docs, grown);
                frequencies = Arrays.copyOf(frequencies, grown);
            }
            docs[size] = doc;
            // A term repeated more than 65,535 times in one claim counts as 65,535 (unreachable for
            // statements of sane length; the stored claims are far shorter).
            frequencies[size] = (char) Math.min(frequency, MAX_FREQUENCY);
            size++;
        }
    }
}
