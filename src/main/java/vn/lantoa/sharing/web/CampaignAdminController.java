package vn.lantoa.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;
import vn.lantoa.sharing.internal.CampaignAdmin;

/** Back office: campaigns of the user's unit subtree, a new campaign, its participation. */
@Allowed({Role.ADMIN, Role.EDITOR, Role.UNIT_MANAGER})
@Controller
class CampaignAdminController {

    private final CampaignAdmin admin;
    private final MessageSource messages;
    private final Clock clock;

    CampaignAdminController(CampaignAdmin admin, MessageSource messages, Clock clock) {
        this.admin = admin;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(SharingRoutes.CAMPAIGNS)
    String list(Model model) {
        model.addAttribute("page", new CampaignPages.List_(admin.list(user()), clock.instant()));
        return "sharing/admin-campaigns";
    }

    @GetMapping(SharingRoutes.NEW_CAMPAIGN)
    String newForm(Model model) {
        return form(model, CampaignAdmin.CampaignForm.empty(clock), Map.of());
    }

    @PostMapping(SharingRoutes.CAMPAIGNS)
    String create(CampaignAdmin.CampaignForm form, Model model, HttpServletRequest request) {
        try {
            long id = admin.create(user(), form);
            return "redirect:" + SharingRoutes.campaign(id) + "?moi";
        } catch (CampaignAdmin.InvalidCampaign e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors()
                    .forEach((field, message) -> errors.put(
                            field,
                            messages.getMessage(
                                    message.key(), message.args(), RequestContextUtils.getLocale(request))));
            return form(model, form, errors);
        }
    }

    @GetMapping(SharingRoutes.CAMPAIGN)
    String detail(
            @PathVariable long id,
            @RequestParam(name = "moi", required = false) String created,
            @RequestParam(name = "nhac", required = false) Integer reminded,
            Model model) {
        model.addAttribute(
                "page", new CampaignPages.Detail(admin.participation(user(), id), created != null, reminded));
        return "sharing/admin-campaign";
    }

    @PostMapping(SharingRoutes.CAMPAIGN_REMIND)
    String remind(@PathVariable long id) {
        int sent = admin.remind(user(), id);
        return "redirect:" + SharingRoutes.campaign(id) + "?nhac=" + sent;
    }

    private String form(Model model, CampaignAdmin.CampaignForm form, Map<String, String> errors) {
        model.addAttribute("page", new CampaignPages.Form(form, admin.choices(user()), errors));
        return "sharing/admin-campaign-form";
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
