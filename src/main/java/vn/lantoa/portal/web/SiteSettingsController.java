package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.portal.internal.SiteSettingsService;
import vn.lantoa.portal.internal.SiteSettingsStore;

/** ADMIN only: the footer, contacts and organisation texts of the site of the request. */
@vn.lantoa.platform.AdminOnly
@Controller
class SiteSettingsController {

    private final PortalPages pages;
    private final SiteSettingsStore store;
    private final SiteSettingsService service;

    SiteSettingsController(PortalPages pages, SiteSettingsStore store, SiteSettingsService service) {
        this.pages = pages;
        this.store = store;
        this.service = service;
    }

    @GetMapping(PortalRoutes.SITE_SETTINGS)
    String edit(@RequestParam(name = "saved", required = false) String saved, HttpServletRequest request, Model model) {
        var settings = store.get(pages.site(request).id());
        model.addAttribute("page", new SiteSettingsPage(SiteSettingsForm.of(settings), List.of(), saved != null));
        return "portal/settings";
    }

    @PostMapping(PortalRoutes.SITE_SETTINGS)
    String save(
            @Valid @ModelAttribute("form") SiteSettingsForm form,
            BindingResult binding,
            HttpServletRequest request,
            Ui ui,
            Model model) {
        if (binding.hasErrors()) {
            List<String> errors = binding.getFieldErrors().stream()
                    .map(e -> ui.t("portal.settings.invalid", ui.t("portal.settings." + e.getField())))
                    .distinct()
                    .toList();
            model.addAttribute("page", new SiteSettingsPage(form, errors, false));
            return "portal/settings";
        }
        service.update(form.toSettings(pages.site(request).id()));
        return "redirect:" + PortalRoutes.SITE_SETTINGS + "?saved";
    }
}
