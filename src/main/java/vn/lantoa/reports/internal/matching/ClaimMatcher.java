package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Ranks claims against a report text. Six signals over the normalised (folded, teencode-expanded,
 * amounts in one form) syllables are combined: BM25 over folded syllables, BM25 over accented
 * syllables, BM25 over syllable bigrams (word order, Vietnamese compounds), BM25 over character
 * 4-grams (typos, split or joined syllables), MinHash similarity of syllable shingles
 * (near-duplicates) and BM25 over the key terms alone (numbers, amounts, dates, ages: what tells
 * sibling claims apart; left out of the total for a text that has none). Each BM25 score is
 * divided by the score a document containing every query term once would get, so scores lie in
 * [0, 1] and mean the same across queries.
 *
 * <p>Each claim is normalised once, when added; claims can be appended while the matcher serves
 * queries (a read-write lock keeps queries consistent), so a new claim costs its own terms, not a
 * rebuild. A query scores the postings of its terms into primitive arrays, then keeps the best
 * {@code limit} in a bounded heap; the MinHash comparison, the one per-claim cost, is skipped for
 * claims whose other signals cannot reach the heap even with a perfect MinHash score. The result is
 * exactly that of scoring and sorting every claim ({@code ReferenceClaimMatcher} in the tests).
 */
public final class ClaimMatcher {

    /**
     * Weights of the six signals; the first five tuned on the development split of the first
     * evaluation set, {@code keyTerms} on the development split of the sibling set.
     */
    public record Weights(
            double syllables,
            double accented,
            double bigrams,
            double characters,
            double nearDuplicate,
            double keyTerms) {
        public static final Weights DEFAULT = new Weights(0.1, 0.4, 0.2, 0.2, 0.1, KEY_TERMS);

        public Weights {
            if (syllables < 0 || accented < 0 || bigrams < 0 || characters < 0 || nearDuplicate < 0 || keyTerms < 0) {
                throw new IllegalArgumentException("weights must not be negative");
            }
        }

        /** The five signals without key terms. */
        public Weights(double syllables, double accented, double bigrams, double characters, double nearDuplicate) {
            this(syllables, accented, bigrams, characters, nearDuplicate, 0);
        }

        /** The sum of the weights of the signals a query has terms for. */
        double total(boolean queryHasKeyTerms) {
            return syllables + accented + bigrams + characters + nearDuplicate + (queryHasKeyTerms ? keyTerms : 0);
        }
    }

    /** Weight of the key-term signal (numbers, amounts, dates, ages), chosen on the sibling dev split. */
    static final double KEY_TERMS = 0.1;

    private static final int CHARACTER_GRAM = 4;
    private static final int SHINGLE = 2;
    private static final MinHash MIN_HASH = new MinHash(64);
    private static final int HASHES = MIN_HASH.size();

    private final TextNormalizer normalizer;
    private final Weights weights;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<String> ids = new ArrayList<>();
    private final Bm25Index syllableIndex = new Bm25Index();
    private final Bm25Index accentedIndex = new Bm25Index();
    private final Bm25Index bigramIndex = new Bm25Index();
    private final Bm25Index characterIndex = new Bm25Index();
    private final Bm25Index keyIndex = new Bm25Index();
    /** The MinHash signatures of all claims, one after the other. */
    private long[] signatures = new long[HASHES * 16];

    public ClaimMatcher(List<MatchableClaim> claims) {
        this(claims, TextNormalizer.standard(), Weights.DEFAULT);
    }

    public ClaimMatcher(List<MatchableClaim> claims, TextNormalizer normalizer, Weights weights) {
        this.normalizer = Objects.requireNonNull(normalizer);
        this.weights = Objects.requireNonNull(weights);
        addAll(claims);
    }

    /** Appends claims; queries running meanwhile see all of them or none. */
    public void addAll(Collection<MatchableClaim> claims) {
        // Normalising is the expensive part: it needs no lock and runs on all cores.
        List<Terms> terms = claims.parallelStream().map(this::terms).toList();
        lock.writeLock().lock();
        try {
            terms.forEach(this::append);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return ids.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best {@code limit} claims for the text, best first; claims scoring 0 are left out. */
    public List<MatchCandidate> match(String text, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        TextNormalizer.Syllables syllables = normalizer.both(text);
        List<String> s = syllables.folded();
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> accented = syllables.accented();
        List<String> bigrams = Shingles.bigrams(s);
        List<String> characters = Shingles.characterGrams(s, CHARACTER_GRAM);
        List<String> keys = keyTerms(s);
        long[] signature = MIN_HASH.signature(Shingles.hashed(s, SHINGLE));
        lock.readLock().lock();
        try {
            return rank(s, accented, bigrams, characters, keys, signature, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<MatchCandidate> rank(
            List<String> s,
            List<String> accented,
            List<String> bigrams,
            List<String> characters,
            List<String> keys,
            long[] signature,
            int limit) {
        int n = ids.size();
        if (n == 0) {
            return List.of();
        }
        double[] syl = syllableIndex.score(s);
        double[] acc = accentedIndex.score(accented);
        double[] big = bigramIndex.score(bigrams);
        double[] chr = characterIndex.score(characters);
        double sylIdeal = syllableIndex.idealScore(s);
        double accIdeal = accentedIndex.idealScore(accented);
        double bigIdeal = bigramIndex.idealScore(bigrams);
        double chrIdeal = characterIndex.idealScore(characters);
        double[] key = keys.isEmpty() ? null : keyIndex.score(keys);
        double keyIdeal = keys.isEmpty() ? 0 : keyIndex.idealScore(keys);
        TopK top = new TopK(Math.min(limit, n), (a, b) -> ids.get(a).compareTo(ids.get(b)));
        double total = weights.total(!keys.isEmpty());
        for (int i = 0; i < n; i++) {
            double sylScore = relative(syl[i], sylIdeal);
            double chrScore = relative(chr[i], chrIdeal);
            if (sylScore == 0 && chrScore == 0) {
                continue;
            }
            // Same terms in the same order as the reference, so scores are equal to the last bit.
            double partial = weights.syllables() * sylScore
                    + weights.accented() * relative(acc[i], accIdeal)
                    + weights.bigrams() * relative(big[i], bigIdeal)
                    + weights.characters() * chrScore
                    + (key == null ? 0 : weights.keyTerms() * relative(key[i], keyIdeal));
            if (!top.couldEnter((partial + weights.nearDuplicate()) / total)) {
                continue;
            }
            top.offer(i, (partial + weights.nearDuplicate() * similarity(signature, i)) / total);
        }
        double[] scores = new double[top.size()];
        int[] best = top.drainBestFirst(scores);
        List<MatchCandidate> out = new ArrayList<>(best.length);
        for (int i = 0; i < best.length; i++) {
            out.add(new MatchCandidate(ids.get(best[i]), scores[i]));
        }
        return out;
    }

    /**
     * The terms that tell sibling claims apart: those holding a digit (numbers, amounts, percentages,
     * dates, ages), which the normaliser has brought to one form each.
     */
    static List<String> keyTerms(List<String> syllables) {
        List<String> out = new ArrayList<>();
        for (String s : syllables) {
            if (TextNormalizer.containsDigit(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** {@link MinHash#similarity} against the stored signature of claim {@code doc}. */
    private double similarity(long[] signature, int doc) {
        int offset = doc * HASHES;
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (signature[i] == signatures[offset + i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    /** A BM25 score divided by the best score a document holding each query term once could get. */
    private static double relative(double score, double ideal) {
        return ideal == 0 ? 0 : Math.min(1, score / ideal);
    }

    /** A claim's terms for each signal, computed once when it is added. */
    private record Terms(
            String id,
            List<String> syllables,
            List<String> accented,
            List<String> bigrams,
            List<String> characters,
            List<String> keys,
            long[] signature) {}

    private Terms terms(MatchableClaim claim) {
        TextNormalizer.Syllables syllables = normalizer.both(claim.text());
        List<String> s = syllables.folded();
        return new Terms(
                claim.id(),
                s,
                syllables.accented(),
                Shingles.bigrams(s),
                Shingles.characterGrams(s, CHARACTER_GRAM),
                keyTerms(s),
                MIN_HASH.signature(Shingles.hashed(s, SHINGLE)));
    }

    private void append(Terms terms) {
        int doc = ids.size();
        ids.add(terms.id());
        syllableIndex.add(terms.syllables());
        accentedIndex.add(terms.accented());
        bigramIndex.add(terms.bigrams());
        characterIndex.add(terms.characters());
        keyIndex.add(terms.keys());
        if ((doc + 1) * HASHES > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
        }
        System.arraycopy(terms.signature(), 0, signatures, doc * HASHES, HASHES);
    }
}
