package vn.lantoa.organization;

/**
 * A unit as other modules see it.
 *
 * @param parentId {@code null} for a root
 * @param path the materialised path of ids, {@code /1/4/9/}
 */
public record UnitSummary(UnitId id, UnitId parentId, String name, String kindName, String path, boolean closed) {

    /** Depth in the tree, 0 for a root. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
