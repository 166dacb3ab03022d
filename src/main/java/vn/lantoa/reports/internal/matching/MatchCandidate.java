package vn.lantoa.reports.internal.matching;

/** A claim proposed for a report text, with a score in [0, 1] (higher is closer). */
public record MatchCandidate(String claimId, double score) {}
