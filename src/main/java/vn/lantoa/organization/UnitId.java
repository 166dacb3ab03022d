package vn.lantoa.organization;

/** The id of a unit of the tree. */
public record UnitId(long value) {}
