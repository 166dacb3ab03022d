package vn.lantoa.notifications.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The notification pages' addresses, spelled once: the controllers map them, the templates,
 * scripts' data attributes and redirects link to them. The inbox itself ({@code ?trang=N}) is the
 * shell's {@link PlatformRoutes#INBOX}, linked from the member layout.
 */
public final class NotificationsRoutes {

    public static final String INBOX = PlatformRoutes.INBOX;
    public static final String MARK_READ = INBOX + "/{id}/da-doc";
    public static final String MARK_ALL_READ = INBOX + "/da-doc";

    /** The member's channels and quiet hours. */
    public static final String SETTINGS = INBOX + "/cai-dat";

    /** Web push: subscribe this browser, unsubscribe it, check it, or stop every browser. */
    public static final String PUSH = INBOX + "/day";

    public static final String PUSH_UNSUBSCRIBE = PUSH + "/huy";
    public static final String PUSH_CHECK = PUSH + "/kiem-tra";
    public static final String PUSH_STOP_ALL = PUSH + "/tat-het";

    /** The delivery overview; a failed delivery can be sent again. */
    public static final String ADMIN = PlatformRoutes.BACK_OFFICE + "/thong-bao";

    public static final String RESEND = ADMIN + "/{id}/gui-lai";

    private NotificationsRoutes() {}

    public static String markRead(long id) {
        return fill(MARK_READ, id);
    }

    public static String resend(long id) {
        return fill(RESEND, id);
    }
}
