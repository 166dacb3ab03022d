package vn.lantoa.reports;

/** A claim on file proposed for a text, with its match score in [0, 1]. */
public record SimilarClaim(long claimId, String statement, Verdict verdict, Long refutationArticleId, double score) {}
