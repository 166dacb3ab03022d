package vn.lantoa.notifications.internal;

/**
 * One claimed delivery with what it carries; {@code link} is absolute once handed to a channel, or
 * null; {@code urgent} when the notice may disturb the member in their quiet hours.
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
        boolean urgent) {

    Outgoing withLink(String absoluteLink) {
        return new Outgoing(id, noticeId, channel, address, attempt, subject, body, absoluteLink, urgent);
    }
}
