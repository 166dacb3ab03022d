package vn.lantoa.organization.internal;

/** A line of the member list (no contact data on the list). */
public record MemberRow(long id, String fullName, String unitName, String kindName, String status) {}
