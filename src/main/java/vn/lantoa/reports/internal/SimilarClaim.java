package vn.lantoa.reports.internal;

/**
 * A claim on file proposed for a text, with its match score in [0, 1] and, for the best candidate,
 * the confidence that it is the claim the text repeats. Only a {@code match} (the best candidate,
 * confident from {@code MatchConfidence.SHOW_FROM}) is shown to a reporter as "already verified";
 * the others are for staff, as possibly related.
 */
public record SimilarClaim(
        long claimId,
        String statement,
        Verdict verdict,
        Long refutationArticleId,
        double score,
        double confidence,
        boolean match) {}
