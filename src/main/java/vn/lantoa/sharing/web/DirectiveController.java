package vn.lantoa.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;
import vn.lantoa.sharing.DirectiveUrgency;
import vn.lantoa.sharing.internal.CampaignAdmin;
import vn.lantoa.sharing.internal.DirectiveDocuments;
import vn.lantoa.sharing.internal.Directives;
import vn.lantoa.sharing.internal.SharingException;

/** Back office: directives sent to units and their acknowledgements. */
@Allowed({Role.ADMIN, Role.EDITOR, Role.UNIT_MANAGER})
@Controller
class DirectiveController {

    private final Directives directives;
    private final CampaignAdmin campaigns;
    private final MessageSource messages;

    DirectiveController(Directives directives, CampaignAdmin campaigns, MessageSource messages) {
        this.directives = directives;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping(SharingRoutes.DIRECTIVES)
    String overview(Model model) {
        Map<String, List<Directives.Summary>> all = directives.overview(user());
        model.addAttribute("page", new DirectivePages.Overview(all.get("sent"), all.get("received")));
        return "sharing/admin-directives";
    }

    @GetMapping(SharingRoutes.NEW_DIRECTIVE)
    String newForm(Model model) {
        return form(model, "", "", List.of(), DirectiveUrgency.NORMAL.name(), Map.of());
    }

    @PostMapping(SharingRoutes.DIRECTIVES)
    String send(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) List<Long> unitIds,
            @RequestParam(name = "document", required = false) MultipartFile document,
            @RequestParam(defaultValue = "") String urgency,
            Model model,
            HttpServletRequest request) {
        try {
            DirectiveUrgency level = DirectiveUrgency.parse(urgency)
                    .orElseThrow(() -> new SharingException("urgency", "directive.error.urgency"));
            long id = directives.send(user(), title, body, unitIds, upload(document), level);
            return "redirect:" + SharingRoutes.directive(id);
        } catch (SharingException e) {
            String message = messages.getMessage(e.messageKey(), e.args(), RequestContextUtils.getLocale(request));
            return form(model, title, body, unitIds, urgency, Map.of(e.field(), message));
        }
    }

    @GetMapping(SharingRoutes.DIRECTIVE)
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("page", new DirectivePages.Detail(directives.detail(user(), id)));
        return "sharing/admin-directive";
    }

    @PostMapping(SharingRoutes.DIRECTIVE_READ)
    String acknowledge(@PathVariable long id) {
        directives.acknowledge(user(), id);
        return "redirect:" + SharingRoutes.directive(id);
    }

    private static DirectiveDocuments.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new DirectiveDocuments.Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(
            Model model, String title, String body, List<Long> unitIds, String urgency, Map<String, String> errors) {
        model.addAttribute(
                "page",
                new DirectivePages.Form(
                        title,
                        body,
                        unitIds,
                        urgency,
                        campaigns.choices(user()).units(),
                        errors,
                        directives.maxDocumentMegabytes()));
        return "sharing/admin-directive-form";
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
