package vn.lantoa.links.web;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;

/** The links' part of the back office: the registry of official sources, for admins (adding one is reached from the list). */
@Component
@Order(80)
class LinksBackOffice implements BackOffice.Contributor {

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        return user.isAdmin()
                ? List.of(new BackOffice.MenuEntry(Section.SYSTEM, "links.menu.sources", LinksRoutes.SOURCES, 20))
                : List.of();
    }
}
