package vn.lantoa.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.organization.GroupId;
import vn.lantoa.organization.GroupSummary;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.GroupAdmin;
import vn.lantoa.organization.internal.OrgAccess;
import vn.lantoa.organization.internal.UnitAdmin;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/** Read-only JSON of the unit tree and groups, scoped like the back office. */
@UnitManagers
@RestController
@Tag(name = "organization", description = "organization.api.tag")
@RequestMapping("/api/v1/to-chuc")
class OrganizationApiController {

    private final UnitAdmin units;
    private final GroupAdmin groups;
    private final UnitDirectory directory;
    private final OrgAccess access;

    OrganizationApiController(UnitAdmin units, GroupAdmin groups, UnitDirectory directory, OrgAccess access) {
        this.units = units;
        this.groups = groups;
        this.directory = directory;
        this.access = access;
    }

    @Operation(summary = "organization.api.units.summary", description = "organization.api.units.description")
    @ApiAccess({Role.ADMIN, Role.UNIT_MANAGER})
    @GetMapping("/don-vi")
    List<UnitSummary> units() {
        return units.list(access.manager());
    }

    @Operation(summary = "organization.api.unit.summary", description = "organization.api.unit.description")
    @ApiAccess({Role.ADMIN, Role.UNIT_MANAGER})
    @GetMapping("/don-vi/{id:\\d+}")
    UnitSummary unit(@PathVariable long id) {
        return units.get(access.manager(), id);
    }

    @Operation(summary = "organization.api.subtree.summary", description = "organization.api.subtree.description")
    @ApiAccess({Role.ADMIN, Role.UNIT_MANAGER})
    @GetMapping("/don-vi/{id:\\d+}/cay")
    List<UnitSummary> subtree(@PathVariable long id) {
        CurrentUser user = access.manager();
        access.requireVisible(user, id);
        return directory.subtree(new UnitId(id));
    }

    @Operation(summary = "organization.api.group.summary", description = "organization.api.group.description")
    @ApiAccess({Role.ADMIN, Role.UNIT_MANAGER})
    @GetMapping("/nhom/{id:\\d+}")
    GroupSummary group(@PathVariable long id) {
        return groups.get(access.manager(), id);
    }

    @Operation(
            summary = "organization.api.groupMembers.summary",
            description = "organization.api.groupMembers.description")
    @ApiAccess({Role.ADMIN, Role.UNIT_MANAGER})
    @GetMapping("/nhom/{id:\\d+}/thanh-vien")
    List<MemberSummary> groupMembers(@PathVariable long id) {
        groups.get(access.manager(), id);
        return directory.membersOf(new GroupId(id));
    }
}
