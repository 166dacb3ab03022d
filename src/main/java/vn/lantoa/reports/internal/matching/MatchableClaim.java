package vn.lantoa.reports.internal.matching;

/** A claim as the matcher sees it: an id and its statement. */
public record MatchableClaim(String id, String text) {}
