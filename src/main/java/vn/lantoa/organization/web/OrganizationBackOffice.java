package vn.lantoa.organization.web;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;

/**
 * The organization's part of the back office: units, members and sharing groups, for admins and
 * unit managers (the import pages are reached from the units' and members' lists). The figures on
 * members come from the statistics module.
 */
@Component
@Order(50)
class OrganizationBackOffice implements BackOffice.Contributor {

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        if (!user.isAdmin() && !user.has(Role.UNIT_MANAGER)) {
            return List.of();
        }
        return List.of(
                new BackOffice.MenuEntry(Section.ORGANIZATION, "organization.link.units", OrganizationRoutes.UNITS, 10),
                new BackOffice.MenuEntry(
                        Section.ORGANIZATION, "organization.link.members", OrganizationRoutes.MEMBERS, 20),
                new BackOffice.MenuEntry(
                        Section.ORGANIZATION, "organization.link.groups", OrganizationRoutes.GROUPS, 30));
    }
}
