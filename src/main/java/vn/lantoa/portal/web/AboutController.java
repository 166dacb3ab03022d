package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.platform.web.PlatformRoutes;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.portal.internal.SiteSettings;
import vn.lantoa.portal.internal.SiteSettingsStore;

/**
 * The organisation (its functions) and contact pages, in Vietnamese and, with {@code ?lang=en},
 * in English (Decree 42/2022 Art. 7).
 */
@Controller
class AboutController {

    private final PortalPages pages;
    private final SiteSettingsStore settings;

    AboutController(PortalPages pages, SiteSettingsStore settings) {
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping(PlatformRoutes.ABOUT)
    String about(HttpServletRequest request, Ui ui, Model model) {
        SiteSettings s = settings.get(pages.site(request).id());
        model.addAttribute(
                "page",
                new AboutPage(
                        s, Seo.website(ui.t("portal.about.title"), ui.t("portal.about.title"), PlatformRoutes.ABOUT)));
        return "portal/about";
    }

    @GetMapping(PlatformRoutes.CONTACT)
    String contact(HttpServletRequest request, Ui ui, Model model) {
        SiteSettings s = settings.get(pages.site(request).id());
        model.addAttribute(
                "page",
                new AboutPage(
                        s,
                        Seo.website(
                                ui.t("portal.contact.title"), ui.t("portal.contact.title"), PlatformRoutes.CONTACT)));
        return "portal/contact";
    }
}
