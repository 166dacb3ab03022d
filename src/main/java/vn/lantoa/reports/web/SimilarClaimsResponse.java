package vn.lantoa.reports.web;

import java.util.List;

/** Body of {@code GET /api/v1/claims/similar}: the best claims first. */
public record SimilarClaimsResponse(List<Candidate> candidates) {

    /** One proposed claim; {@code verdictLabel} is the VAFC label, {@code score} lies in [0, 1]. */
    public record Candidate(
            long claimId,
            String statement,
            String verdict,
            String verdictLabel,
            Long refutationArticleId,
            double score) {}
}
