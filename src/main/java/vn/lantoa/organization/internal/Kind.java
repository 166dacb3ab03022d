package vn.lantoa.organization.internal;

/** A unit kind or member kind: data, not code. */
public record Kind(long id, String code, String name) {}
