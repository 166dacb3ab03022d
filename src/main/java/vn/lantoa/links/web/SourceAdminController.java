package vn.lantoa.links.web;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.links.internal.SourceAdministration;
import vn.lantoa.links.internal.SourceRow;
import vn.lantoa.platform.NotFoundException;

/** The registry of official sources in the back office: ADMIN only, Post/Redirect/Get. */
@vn.lantoa.platform.AdminOnly
@Controller
class SourceAdminController {

    private static final String NOTICE = "notice";
    private final SourceAdministration sources;

    SourceAdminController(SourceAdministration sources) {
        this.sources = sources;
    }

    @GetMapping(LinksRoutes.SOURCES)
    String list(Model model) {
        Object notice = model.getAttribute(NOTICE);
        model.addAttribute("page", new SourceListPage(sources.all(), notice instanceof String s ? s : null));
        return "links/sources";
    }

    @GetMapping(LinksRoutes.NEW_SOURCE)
    String newForm(Model model) {
        model.addAttribute("page", new SourceFormPage(null, "", "", "", true, Map.of()));
        return "links/source-form";
    }

    @PostMapping(LinksRoutes.NEW_SOURCE)
    String create(SourceAdministration.Draft draft, Model model, RedirectAttributes redirect) {
        SourceAdministration.Result result = sources.create(draft);
        if (!result.ok()) {
            model.addAttribute("page", form(null, draft, result.errors()));
            return "links/source-form";
        }
        redirect.addFlashAttribute(NOTICE, "links.notice.created");
        return "redirect:" + LinksRoutes.SOURCES;
    }

    @GetMapping(LinksRoutes.SOURCE)
    String editForm(@PathVariable long id, Model model) {
        SourceRow row = sources.find(id).orElseThrow(() -> new NotFoundException());
        model.addAttribute(
                "page",
                new SourceFormPage(
                        row.id(),
                        row.name(),
                        row.kind().name(),
                        String.join("\n", row.domains()),
                        row.active(),
                        Map.of()));
        return "links/source-form";
    }

    @PostMapping(LinksRoutes.SOURCE)
    String update(@PathVariable long id, SourceAdministration.Draft draft, Model model, RedirectAttributes redirect) {
        sources.find(id).orElseThrow(() -> new NotFoundException());
        SourceAdministration.Result result = sources.update(id, draft);
        if (!result.ok()) {
            model.addAttribute("page", form(id, draft, result.errors()));
            return "links/source-form";
        }
        redirect.addFlashAttribute(NOTICE, "links.notice.updated");
        return "redirect:" + LinksRoutes.SOURCES;
    }

    @PostMapping(LinksRoutes.SOURCE_STATUS)
    String setActive(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        if (!sources.setActive(id, active)) {
            throw new NotFoundException();
        }
        redirect.addFlashAttribute(NOTICE, active ? "links.notice.activated" : "links.notice.deactivated");
        return "redirect:" + LinksRoutes.SOURCES;
    }

    private static SourceFormPage form(Long id, SourceAdministration.Draft draft, Map<String, String> errors) {
        return new SourceFormPage(id, draft.name(), draft.kind(), draft.domains(), draft.isActive(), errors);
    }
}
