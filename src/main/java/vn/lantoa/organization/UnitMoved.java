package vn.lantoa.organization;

/**
 * A unit was moved, with its whole subtree, under another parent: what is kept per subtree (the
 * statistics) follows the new tree. Paths are the materialised ones, {@code /1/4/9/}.
 */
public record UnitMoved(long unitId, String oldPath, String newPath) {}
