package vn.lantoa.notifications.internal;

/** The link of a notice as it may be shown: site-relative or http(s), never {@code javascript:} and the like. */
public final class NoticeLinks {

    private NoticeLinks() {}

    /** The link if it is site-relative or http(s), else {@code null}. */
    public static String safe(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String l = link.strip();
        if (l.startsWith("https://") || l.startsWith("http://") || (l.startsWith("/") && !l.startsWith("//"))) {
            return l;
        }
        return null;
    }

    /** A safe link made absolute against {@code baseUrl} (for e-mail and Zalo), or {@code null}. */
    public static String absolute(String baseUrl, String link) {
        String l = safe(link);
        if (l == null || !l.startsWith("/")) {
            return l;
        }
        return baseUrl.replaceAll("/+$", "") + l;
    }
}
