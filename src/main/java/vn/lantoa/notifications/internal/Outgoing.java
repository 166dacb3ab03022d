package vn.lantoa.notifications.internal;

/**
 * One claimed delivery with what it carries; {@code link} is already absolute, or null; {@code urgent}
 * when the notice may disturb the member in their quiet hours.
 */
record Outgoing(
        long id,
        long noticeId,
        Channel channel,
        String address,
        int attempt,
        String subject,
        String body,
        String link,
        boolean urgent) {}
