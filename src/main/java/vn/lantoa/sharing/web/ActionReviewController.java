package vn.lantoa.sharing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
import vn.lantoa.sharing.ActionState;
import vn.lantoa.sharing.internal.ActionReview;
import vn.lantoa.sharing.internal.SharingException;

/** Back office: unit managers confirm or reject logged actions of their subtree. */
@Allowed({Role.ADMIN, Role.UNIT_MANAGER})
@Controller
class ActionReviewController {

    private final ActionReview review;
    private final MessageSource messages;

    ActionReviewController(ActionReview review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
    }

    @GetMapping(SharingRoutes.REVIEW)
    String queue(
            @RequestParam(name = "trang-thai", defaultValue = "SELF_REPORTED") String state,
            @RequestParam(name = "trang", defaultValue = "1") String page,
            Model model) {
        return render(model, parseState(state), parsePage(page), null);
    }

    @PostMapping(SharingRoutes.REVIEW_ACTION)
    String decide(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(required = false) String reason,
            @RequestParam(name = "trang-thai", defaultValue = "SELF_REPORTED") String state,
            Model model,
            HttpServletRequest request) {
        try {
            review.decide(user(), id, "confirm".equals(decision), reason);
            return "redirect:" + SharingRoutes.REVIEW + "?trang-thai="
                    + parseState(state).name();
        } catch (SharingException e) {
            String message = messages.getMessage(e.messageKey(), e.args(), RequestContextUtils.getLocale(request));
            return render(model, parseState(state), 1, message);
        }
    }

    private String render(Model model, ActionState state, int page, String error) {
        List<ActionReview.Row> rows = review.queue(user(), state, page - 1);
        model.addAttribute("page", new ReviewPage(rows, state, page, rows.size() == 50, error));
        return "sharing/admin-review";
    }

    private static ActionState parseState(String value) {
        try {
            return ActionState.valueOf(value);
        } catch (IllegalArgumentException e) {
            return ActionState.SELF_REPORTED;
        }
    }

    private static int parsePage(String value) {
        try {
            return Math.min(Math.max(Integer.parseInt(value), 1), 10_000);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
