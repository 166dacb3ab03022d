package vn.lantoa.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.lantoa.platform.CurrentUser;

/**
 * The unit tree, members and groups as other modules (sharing, reports, statistics) read them,
 * and the scope rule every back-office page applies: a non-admin sees only the subtree of their
 * scope unit.
 */
public interface UnitDirectory {

    Optional<UnitSummary> unit(UnitId id);

    /** Whether {@code unitId} is {@code scopeUnitId} or lies below it. */
    boolean isWithin(long unitId, long scopeUnitId);

    /** The ids of the unit and every unit below it (closed ones included). */
    List<Long> subtreeIds(long unitId);

    /** The materialised path of the unit, {@code /1/4/9/}. */
    Optional<String> path(long unitId);

    /** Every unit's materialised path by its id, for figures kept per subtree. */
    Map<Long, String> paths();

    /** The unit and its descendants, in tree order. */
    List<UnitSummary> subtree(UnitId root);

    /** Every unit the user may see (all for admins), in tree order. */
    List<UnitSummary> visibleUnits(CurrentUser user);

    Optional<MemberSummary> member(MemberId id);

    /** The member's unit, its ancestors and the member's groups, in one read. */
    Optional<MemberPlacement> placement(MemberId id);

    /** The member's e-mail address and phone, for the notifications module to deliver messages. */
    Optional<MemberContact> contactOf(MemberId id);

    List<GroupSummary> groupsOf(MemberId member);

    List<MemberSummary> membersOf(GroupId group);

    /** The sharing groups that belong to any of the units. */
    List<GroupSummary> groupsIn(Collection<Long> unitIds);

    /** The active members of the units themselves (not of their subtrees). */
    List<MemberSummary> activeMembersIn(Collection<Long> unitIds);

    /** How many active members each of the units has itself (units without any are left out). */
    default Map<Long, Long> activeMemberCounts(Collection<Long> unitIds) {
        return activeMembersIn(unitIds).stream()
                .collect(Collectors.groupingBy(m -> m.unitId().value(), Collectors.counting()));
    }

    /**
     * Whether the user may see things of {@code unitId}: admins everything, others their scope
     * subtree, a user without a scope unit nothing.
     */
    default boolean visibleTo(CurrentUser user, long unitId) {
        if (user.isAdmin()) {
            return true;
        }
        return user.scopeUnitId() != null && isWithin(unitId, user.scopeUnitId());
    }

    /**
     * The path prefix a user's queries are bounded by: {@code null} for admins (no bound), a path
     * that matches nothing for a user without a scope unit.
     */
    default String scopePrefix(CurrentUser user) {
        if (user.isAdmin()) {
            return null;
        }
        if (user.scopeUnitId() == null) {
            return "/none/";
        }
        return path(user.scopeUnitId()).orElse("/none/");
    }
}
