package vn.lantoa.statistics.internal.generator;

/**
 * The organisation the history is generated over: units by index (the root first) with their
 * commune (level 3) and branch (level 2) indexes, and members with their unit index. Parallel
 * arrays, because the province has 200,000 members and ten million actions refer to them.
 *
 * @param unitIds unit ids; index 0 is the root
 * @param unitBranch per unit, the index of its level-2 ancestor (or itself), -1 for the root
 * @param unitCommune per unit, the index of its commune ancestor (or itself), -1 above communes
 * @param communes indexes of the commune-level units
 * @param memberIds member ids
 * @param memberUnit per member, the index of its unit
 * @param groupIds sharing groups (may be empty)
 */
record Structure(
        long[] unitIds,
        int[] unitBranch,
        int[] unitCommune,
        int[] communes,
        long[] memberIds,
        int[] memberUnit,
        long[] groupIds) {

    long root() {
        return unitIds[0];
    }

    int members() {
        return memberIds.length;
    }
}
