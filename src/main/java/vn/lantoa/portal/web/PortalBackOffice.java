package vn.lantoa.portal.web;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;

/** The portal's part of the back office: the site's settings, for admins. */
@Component
@Order(90)
class PortalBackOffice implements BackOffice.Contributor {

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        return user.isAdmin()
                ? List.of(new BackOffice.MenuEntry(
                        Section.SYSTEM, "portal.menu.settings", PortalRoutes.SITE_SETTINGS, 10))
                : List.of();
    }
}
