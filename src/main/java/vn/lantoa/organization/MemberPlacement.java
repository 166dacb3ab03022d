package vn.lantoa.organization;

import java.util.List;

/**
 * Where a member stands, read in one query: their unit, that unit's line of ancestors (root
 * first, the unit itself last) and the sharing groups they belong to. What a campaign's targets
 * are matched against when the member logs an action.
 */
public record MemberPlacement(MemberId id, UnitId unitId, boolean active, List<Long> unitLine, List<Long> groupIds) {

    public MemberPlacement {
        unitLine = List.copyOf(unitLine);
        groupIds = List.copyOf(groupIds);
    }
}
