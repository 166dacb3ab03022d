package vn.lantoa.reports.web;

import java.util.List;

/** Body of {@code GET /api/v1/claims/similar}: the best claims first. */
public record SimilarClaimsResponse(List<Candidate> candidates) {

    /** A candidate confident enough to be shown to a reporter as the claim the text repeats. */
    static final String MATCH = "match";

    /** Any other candidate: for staff to judge, never shown to a reporter. */
    static final String POSSIBLY_RELATED = "possibly-related";

    /**
     * One proposed claim; {@code verdictLabel} is the VAFC label, {@code score} lies in [0, 1],
     * {@code confidence} (the best candidate only, else 0) is the calibrated likelihood that it is
     * the claim the text repeats, and {@code relation} is {@code match} when a reporter would be
     * shown it, else {@code possibly-related}.
     */
    public record Candidate(
            long claimId,
            String statement,
            String verdict,
            String verdictLabel,
            Long refutationArticleId,
            double score,
            double confidence,
            String relation) {}
}
