package vn.lantoa.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;
import vn.lantoa.sharing.internal.ActionLogger;
import vn.lantoa.sharing.internal.ActionView;
import vn.lantoa.sharing.internal.LinkInspector;
import vn.lantoa.sharing.internal.LogResult;
import vn.lantoa.sharing.internal.MemberArea;
import vn.lantoa.sharing.internal.SharingException;

/** The member area, made for the phone: campaigns to share, logging, history. Works without JavaScript. */
@Controller
class MemberHomeController {

    private static final java.util.Set<String> CHECKABLE = java.util.Set.of("postUrl", "articleUrl", "targetUrl");

    private final MemberArea area;
    private final ActionLogger logger;
    private final LinkInspector links;
    private final MessageSource messages;
    private final LanToaProperties properties;
    private final UiFactory uiFactory;

    MemberHomeController(
            MemberArea area,
            ActionLogger logger,
            LinkInspector links,
            MessageSource messages,
            LanToaProperties properties,
            UiFactory uiFactory) {
        this.area = area;
        this.logger = logger;
        this.links = links;
        this.messages = messages;
        this.properties = properties;
        this.uiFactory = uiFactory;
    }

    /** htmx: the live check under a pasted link (canonical form, platform, official or not). */
    @GetMapping(SharingRoutes.CHECK)
    String checkLink(@RequestParam String field, HttpServletRequest request, Model model) {
        String pasted = CHECKABLE.contains(field) ? request.getParameter(field) : null;
        LinkCheckFragment fragment;
        if (pasted == null || pasted.isBlank()) {
            fragment = LinkCheckFragment.empty();
        } else {
            try {
                fragment = new LinkCheckFragment(links.inspect(field, pasted), null);
            } catch (SharingException e) {
                fragment = new LinkCheckFragment(
                        null, messages.getMessage(e.messageKey(), e.args(), RequestContextUtils.getLocale(request)));
            }
        }
        model.addAttribute("page", fragment);
        return "sharing/_link-check";
    }

    @GetMapping(SharingRoutes.HOME)
    String home(Model model) {
        model.addAttribute(
                "page",
                new MemberPages.Home(area.overview(user()), properties.site().baseUrl()));
        return "sharing/member-home";
    }

    @GetMapping(SharingRoutes.LOG)
    String logForm(
            @RequestParam(name = "loai", defaultValue = SharingRoutes.KIND_SHARE) String kind,
            @RequestParam(name = "chien-dich", required = false) Long campaignId,
            Model model) {
        return logPage(
                model, SharingRoutes.KIND_REBUTTAL.equals(kind), MemberPages.LogForm.empty(campaignId), Map.of());
    }

    @PostMapping(SharingRoutes.LOG_SHARE)
    String logShare(MemberPages.LogForm form, Model model, HttpServletRequest request) {
        try {
            LogResult result = logger.logShare(
                    user(),
                    new ActionLogger.ShareRequest(form.postUrl(), form.articleUrl(), form.campaignId()),
                    form.idempotencyKey());
            return redirectToResult(result);
        } catch (SharingException e) {
            return invalid(model, false, form, e, request);
        }
    }

    @PostMapping(SharingRoutes.LOG_REBUTTAL)
    String logRebuttal(MemberPages.LogForm form, Model model, HttpServletRequest request) {
        try {
            LogResult result = logger.logRebuttal(
                    user(),
                    new ActionLogger.RebuttalRequest(
                            form.postUrl(), form.targetUrl(), form.text(), form.articleUrl(), form.campaignId()),
                    form.idempotencyKey());
            return redirectToResult(result);
        } catch (SharingException e) {
            return invalid(model, true, form, e, request);
        }
    }

    @GetMapping(SharingRoutes.RESULT)
    String result(@PathVariable long id, @RequestParam(name = "trung", defaultValue = "0") int duplicate, Model model) {
        ActionView action = area.history(user(), 500).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException());
        model.addAttribute("page", new MemberPages.Result(action, duplicate == 1));
        return "sharing/log-result";
    }

    @GetMapping(SharingRoutes.HISTORY)
    String history(Model model) {
        model.addAttribute(
                "page",
                new MemberPages.History(
                        area.history(user(), 100), area.overview(user()).totals()));
        return "sharing/history";
    }

    @ExceptionHandler(SharingException.NotAMember.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAMember(Model model, HttpServletRequest request) {
        // an exception handler's model is new: the layout's Ui must be added here
        model.addAttribute(Ui.MODEL_ATTRIBUTE, uiFactory.forRequest(request));
        model.addAttribute("page", new MemberPages.NotMember());
        return "sharing/not-member";
    }

    private String redirectToResult(LogResult result) {
        return "redirect:" + SharingRoutes.result(result.action().id()) + (result.duplicate() ? "?trung=1" : "");
    }

    private String invalid(
            Model model, boolean rebuttal, MemberPages.LogForm form, SharingException e, HttpServletRequest request) {
        String message = messages.getMessage(e.messageKey(), e.args(), RequestContextUtils.getLocale(request));
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(e.field() == null ? "form" : e.field(), message);
        // The same key again: a corrected resubmission of this form is still one submission.
        return logPage(model, rebuttal, form, errors);
    }

    private String logPage(Model model, boolean rebuttal, MemberPages.LogForm form, Map<String, String> errors) {
        String key = form.idempotencyKey() == null || form.idempotencyKey().isBlank()
                ? UUID.randomUUID().toString()
                : form.idempotencyKey();
        model.addAttribute("page", new MemberPages.Log(rebuttal, area.activeCampaigns(user()), form, key, errors));
        return "sharing/log";
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
