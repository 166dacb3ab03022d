package vn.lantoa.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.organization.internal.GroupAdmin;
import vn.lantoa.organization.internal.OrgAccess;
import vn.lantoa.organization.internal.UnitAdmin;
import vn.lantoa.platform.CurrentUser;

/** Sharing groups of the user's scope: list, create, add and remove members and leaders. */
@UnitManagers
@Controller
class GroupController {

    private final GroupAdmin groups;
    private final UnitAdmin units;
    private final OrgAccess access;

    GroupController(GroupAdmin groups, UnitAdmin units, OrgAccess access) {
        this.groups = groups;
        this.units = units;
        this.access = access;
    }

    @GetMapping(OrganizationRoutes.GROUPS)
    String list(Model model) {
        CurrentUser user = access.manager();
        model.addAttribute("page", new GroupsPage(groups.list(user), units.list(user)));
        return "organization/groups";
    }

    @PostMapping(OrganizationRoutes.GROUPS)
    String create(
            @RequestParam(required = false) Long unitId,
            @RequestParam String name,
            @RequestParam String channel,
            @RequestParam(required = false) String inviteLink) {
        long id = groups.create(access.manager(), unitId, name, channel, inviteLink)
                .value();
        return "redirect:" + OrganizationRoutes.group(id);
    }

    @GetMapping(OrganizationRoutes.GROUP)
    String show(@PathVariable long id, Model model) {
        CurrentUser user = access.manager();
        model.addAttribute("page", new GroupPage(groups.get(user, id), groups.members(user, id)));
        return "organization/group";
    }

    @PostMapping(OrganizationRoutes.GROUP_MEMBERS)
    String addMember(
            @PathVariable long id, @RequestParam long memberId, @RequestParam(defaultValue = "false") boolean leader) {
        groups.addMember(access.manager(), id, memberId, leader);
        return "redirect:" + OrganizationRoutes.group(id);
    }

    @PostMapping(OrganizationRoutes.GROUP_MEMBER_REMOVE)
    String removeMember(@PathVariable long id, @PathVariable long memberId) {
        groups.removeMember(access.manager(), id, memberId);
        return "redirect:" + OrganizationRoutes.group(id);
    }
}
