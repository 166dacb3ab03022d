package vn.lantoa.notifications.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.notifications.internal.Inbox;
import vn.lantoa.platform.CurrentUser;

/** {@code /thanh-vien/thong-bao}: the member's own notices, newest first; marking read is a POST. */
@Controller
class InboxController {

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping(NotificationsRoutes.INBOX)
    String page(
            @RequestParam(name = "trang", defaultValue = "1") String page,
            @RequestParam(name = "da-doc", required = false) Integer markedAll,
            Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow();
        model.addAttribute(
                "page", new InboxPage(inbox.page(user, pageNumber(page)), markedAll, user.memberId() != null));
        return "notifications/inbox";
    }

    @PostMapping(NotificationsRoutes.MARK_READ)
    String markRead(@PathVariable long id, @RequestParam(name = "trang", defaultValue = "1") String page) {
        inbox.markRead(CurrentUser.get().orElseThrow(), id);
        return "redirect:" + NotificationsRoutes.INBOX + (pageNumber(page) > 1 ? "?trang=" + pageNumber(page) : "")
                + "#thong-bao-" + id;
    }

    @PostMapping(NotificationsRoutes.MARK_ALL_READ)
    String markAllRead() {
        int marked = inbox.markAllRead(CurrentUser.get().orElseThrow());
        return "redirect:" + NotificationsRoutes.INBOX + "?da-doc=" + marked;
    }

    /** A page number from the query; anything unreadable is the first page, never an error. */
    static int pageNumber(String raw) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(raw.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
