package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The first claim matcher (boxed postings, every claim scored and sorted), kept unchanged as the
 * oracle: {@link ClaimMatcher} must return exactly its ranking and scores, and the benchmark measures
 * it as the reference.
 */
final class ReferenceClaimMatcher {

    private static final int CHARACTER_GRAM = 4;
    private static final int SHINGLE = 2;
    private static final MinHash MIN_HASH = new MinHash(64);

    private final TextNormalizer normalizer;
    private final ClaimMatcher.Weights weights;
    private final List<MatchableClaim> claims;
    private final ReferenceBm25Index syllableIndex;
    private final ReferenceBm25Index accentedIndex;
    private final ReferenceBm25Index bigramIndex;
    private final ReferenceBm25Index characterIndex;
    private final ReferenceBm25Index keyIndex;
    private final List<long[]> signatures = new ArrayList<>();

    ReferenceClaimMatcher(List<MatchableClaim> claims) {
        this(claims, TextNormalizer.standard(), ClaimMatcher.Weights.DEFAULT);
    }

    ReferenceClaimMatcher(List<MatchableClaim> claims, TextNormalizer normalizer, ClaimMatcher.Weights weights) {
        this.normalizer = Objects.requireNonNull(normalizer);
        this.weights = Objects.requireNonNull(weights);
        this.claims = List.copyOf(claims);
        List<List<String>> syllables = new ArrayList<>();
        List<List<String>> accented = new ArrayList<>();
        List<List<String>> bigrams = new ArrayList<>();
        List<List<String>> characters = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        for (MatchableClaim claim : this.claims) {
            List<String> s = normalizer.syllables(claim.text());
            syllables.add(s);
            accented.add(normalizer.accentedSyllables(claim.text()));
            bigrams.add(Shingles.bigrams(s));
            characters.add(Shingles.characterGrams(s, CHARACTER_GRAM));
            keys.add(ClaimMatcher.keyTerms(s));
            signatures.add(MIN_HASH.signature(Shingles.hashed(s, SHINGLE)));
        }
        syllableIndex = new ReferenceBm25Index(syllables);
        accentedIndex = new ReferenceBm25Index(accented);
        bigramIndex = new ReferenceBm25Index(bigrams);
        characterIndex = new ReferenceBm25Index(characters);
        keyIndex = new ReferenceBm25Index(keys);
    }

    public int size() {
        return claims.size();
    }

    /** The best {@code limit} claims for the text, best first; claims scoring 0 are left out. */
    public List<MatchCandidate> match(String text, int limit) {
        List<String> s = normalizer.syllables(text);
        if (s.isEmpty() || claims.isEmpty() || limit <= 0) {
            return List.of();
        }
        double[] syl = relative(syllableIndex, s);
        double[] acc = relative(accentedIndex, normalizer.accentedSyllables(text));
        double[] big = relative(bigramIndex, Shingles.bigrams(s));
        double[] chr = relative(characterIndex, Shingles.characterGrams(s, CHARACTER_GRAM));
        List<String> keys = ClaimMatcher.keyTerms(s);
        double[] key = keys.isEmpty() ? null : relative(keyIndex, keys);
        long[] signature = MIN_HASH.signature(Shingles.hashed(s, SHINGLE));
        List<MatchCandidate> out = new ArrayList<>();
        double total = weights.total(!keys.isEmpty());
        for (int i = 0; i < claims.size(); i++) {
            if (syl[i] == 0 && chr[i] == 0) {
                continue;
            }
            double score = weights.syllables() * syl[i]
                    + weights.accented() * acc[i]
                    + weights.bigrams() * big[i]
                    + weights.characters() * chr[i]
                    + (key == null ? 0 : weights.keyTerms() * key[i])
                    + weights.nearDuplicate() * MinHash.similarity(signature, signatures.get(i));
            out.add(new MatchCandidate(claims.get(i).id(), score / total));
        }
        out.sort(Comparator.comparingDouble(MatchCandidate::score).reversed().thenComparing(MatchCandidate::claimId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** BM25 scores divided by the best score a document holding each query term once could get. */
    private static double[] relative(ReferenceBm25Index index, List<String> query) {
        double[] scores = index.score(query);
        double ideal = index.idealScore(query);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = ideal == 0 ? 0 : Math.min(1, scores[i] / ideal);
        }
        return scores;
    }
}
