package vn.lantoa.notifications;

import java.util.Objects;

/**
 * One message to one person, written by the module that has something to say (already in the
 * recipient's language, Vietnamese by default). The notifications module decides the channels:
 * in the member area for members, and e-mail or Zalo when an address is known.
 *
 * @param to who is told
 * @param subject one line, shown as the e-mail subject and the title in the member area
 * @param body plain text, a few sentences; never HTML
 * @param link an absolute or site-relative link to what the message is about, or null
 * @param dedupKey the same key for the same recipient is sent once, whatever the retries (e.g.
 *     {@code "reports:refuted:42"})
 */
public record Notice(Recipient to, String subject, String body, String link, String dedupKey) {

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (subject.isBlank() || dedupKey.isBlank()) {
            throw new IllegalArgumentException("subject and dedupKey must not be blank");
        }
    }
}
