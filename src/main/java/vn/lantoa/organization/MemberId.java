package vn.lantoa.organization;

/** The id of a member. */
public record MemberId(long value) {}
