package vn.lantoa.organization;

/** The id of a sharing group. */
public record GroupId(long value) {}
