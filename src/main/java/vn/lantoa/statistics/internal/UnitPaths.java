package vn.lantoa.statistics.internal;

import java.util.ArrayList;
import java.util.List;

/** The units above a unit, read from its materialised path ({@code /1/4/9/} for unit 9: 1 and 4). */
final class UnitPaths {

    private static final Long[] NONE = {};

    private UnitPaths() {}

    /** The ids in the path before {@code unitId}, from the root down; none for a root or an unknown path. */
    static Long[] above(String path, long unitId) {
        if (path == null) {
            return NONE;
        }
        List<Long> out = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            long id = Long.parseLong(segment);
            if (id == unitId) {
                break;
            }
            out.add(id);
        }
        return out.toArray(Long[]::new);
    }
}
