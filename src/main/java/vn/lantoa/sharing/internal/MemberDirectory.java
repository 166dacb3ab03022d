package vn.lantoa.sharing.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.lantoa.organization.GroupId;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.MemberPlacement;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/** What sharing needs to know of members, units and groups, read through the organization module. */
@Component
public class MemberDirectory {

    private final UnitDirectory units;

    MemberDirectory(UnitDirectory units) {
        this.units = units;
    }

    public record Profile(long memberId, String fullName, long unitId, String unitName) {}

    public record UnitOption(long id, String name, int depth) {}

    public record GroupOption(long id, String name, long unitId) {}

    public record MemberRow(long memberId, String fullName, long unitId, String unitName) {}

    /** An active member with their unit's name. */
    Optional<Profile> profile(long memberId) {
        return units.member(new MemberId(memberId))
                .filter(MemberSummary::active)
                .map(m -> new Profile(
                        m.id().value(),
                        m.fullName(),
                        m.unitId().value(),
                        unitName(m.unitId().value())));
    }

    /** An active member, their unit's line and their groups: one query, for logging an action. */
    Optional<Membership> membership(long memberId) {
        return units.placement(new MemberId(memberId))
                .filter(MemberPlacement::active)
                .map(p -> new Membership(p.id().value(), p.unitId().value(), p.unitLine(), p.groupIds()));
    }

    /**
     * A member as an action is recorded against them: their unit, the unit's line of ancestors and
     * their groups (what a campaign's targets are matched against).
     */
    public record Membership(long memberId, long unitId, List<Long> unitLine, List<Long> groupIds) {}

    /** The unit and all its ancestors. */
    List<Long> ancestry(long unitId) {
        return units.path(unitId)
                .map(path -> Arrays.stream(path.split("/"))
                        .filter(s -> !s.isEmpty())
                        .map(Long::valueOf)
                        .toList())
                .orElse(List.of(unitId));
    }

    List<Long> groupsOf(long memberId) {
        return units.groupsOf(new MemberId(memberId)).stream()
                .map(g -> g.id().value())
                .toList();
    }

    /** The unit ids of a subtree (the scope of a back-office user). */
    List<Long> subtree(long rootUnitId) {
        return units.subtreeIds(rootUnitId);
    }

    /** The units a back-office user may act on: everything for ADMIN, else the scope subtree. */
    List<Long> scopeOf(CurrentUser user) {
        if (user.isAdmin()) {
            return allUnits();
        }
        return user.scopeUnitId() == null ? List.of() : subtree(user.scopeUnitId());
    }

    /** Open units among the ids, in tree order, for pickers. */
    List<UnitOption> unitsOf(List<Long> unitIds) {
        return unitIds.stream()
                .map(id -> units.unit(new UnitId(id)))
                .flatMap(Optional::stream)
                .filter(u -> !u.closed())
                .sorted(java.util.Comparator.comparing(UnitSummary::path))
                .map(u -> new UnitOption(u.id().value(), u.name(), u.depth()))
                .toList();
    }

    List<GroupOption> groupOptions(List<Long> unitIds) {
        return units.groupsIn(unitIds).stream()
                .map(g -> new GroupOption(g.id().value(), g.name(), g.unitId().value()))
                .toList();
    }

    List<Long> allUnits() {
        return units.visibleUnits(admin()).stream().map(u -> u.id().value()).toList();
    }

    Optional<Long> firstRoot() {
        return units.visibleUnits(admin()).stream()
                .filter(u -> u.parentId() == null)
                .map(u -> u.id().value())
                .findFirst();
    }

    /** Active members of the units (each unit itself, callers pass subtrees) and of the groups. */
    List<MemberRow> audience(List<Long> unitIds, List<Long> groupIds) {
        LinkedHashSet<MemberSummary> everyone = new LinkedHashSet<>(units.activeMembersIn(unitIds));
        for (long group : groupIds) {
            units.membersOf(new GroupId(group)).stream()
                    .filter(MemberSummary::active)
                    .forEach(everyone::add);
        }
        Map<Long, String> names = unitNames(
                everyone.stream().map(m -> m.unitId().value()).distinct().toList());
        return everyone.stream()
                .map(m -> new MemberRow(
                        m.id().value(),
                        m.fullName(),
                        m.unitId().value(),
                        names.get(m.unitId().value())))
                .sorted(java.util.Comparator.comparing(MemberRow::unitName).thenComparing(MemberRow::fullName))
                .toList();
    }

    private String unitName(long unitId) {
        return units.unit(new UnitId(unitId)).map(UnitSummary::name).orElse("—");
    }

    private Map<Long, String> unitNames(Collection<Long> unitIds) {
        return unitIds.stream()
                .map(id -> units.unit(new UnitId(id)))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(u -> u.id().value(), UnitSummary::name, (a, b) -> a, java.util.HashMap::new));
    }

    private static CurrentUser admin() {
        return new CurrentUser(0, "system", "system", java.util.Set.of(Role.ADMIN), null);
    }
}
