package vn.lantoa.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.notifications.internal.DeliveryAdmin;
import vn.lantoa.platform.CurrentUser;

/** {@code /quan-tri/thong-bao}: deliveries per channel and status, failed ones and "send again". ADMIN only. */
@vn.lantoa.platform.AdminOnly
@Controller
class NotificationAdminController {

    private final DeliveryAdmin admin;

    NotificationAdminController(DeliveryAdmin admin) {
        this.admin = admin;
    }

    @GetMapping(NotificationsRoutes.ADMIN)
    String page(@RequestParam(name = "gui-lai", required = false) Long retried, Model model) {
        model.addAttribute(
                "page",
                new NotificationAdminPage(admin.overview(CurrentUser.get().orElse(null)), retried));
        return "notifications/admin";
    }

    @PostMapping(NotificationsRoutes.RESEND)
    String retry(@PathVariable long id) {
        admin.retry(CurrentUser.get().orElse(null), id);
        return "redirect:" + NotificationsRoutes.ADMIN + "?gui-lai=" + id;
    }
}
