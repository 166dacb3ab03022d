package vn.lantoa.notifications;

import java.util.Objects;

/**
 * One message to one person, written by the module that has something to say (already in the
 * recipient's language, Vietnamese by default). The notifications module decides the channels:
 * in the member area for members, and e-mail or Zalo when an address is known.
 *
 * @param to who is told
 * @param subject one line, shown as the e-mail subject and the title in the member area
 * @param body plain text, a few sentences; never HTML (the e-mail's HTML part is made from it)
 * @param link an absolute or site-relative link to what the message is about, or null
 * @param dedupKey the same key for the same recipient is sent once, whatever the retries (e.g.
 *     {@code "reports:refuted:42"})
 * @param oneTimeLink instead of {@code link}, a link that must not be stored (it lets somebody in),
 *     made when the message goes out; or null
 * @param urgent whether it may reach a member during the quiet hours they chose; any other notice
 *     waits until those hours end (it is in the inbox at once either way)
 */
public record Notice(
        Recipient to,
        String subject,
        String body,
        String link,
        String dedupKey,
        OneTimeLink oneTimeLink,
        boolean urgent) {

    public Notice {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (subject.isBlank() || dedupKey.isBlank()) {
            throw new IllegalArgumentException("subject and dedupKey must not be blank");
        }
        if (link != null && oneTimeLink != null) {
            throw new IllegalArgumentException("a notice has a link or a one-time link, not both");
        }
    }

    /** A notice that is not urgent. */
    public Notice(Recipient to, String subject, String body, String link, String dedupKey, OneTimeLink oneTimeLink) {
        this(to, subject, body, link, dedupKey, oneTimeLink, false);
    }

    /** A notice with an ordinary link (or none), not urgent. */
    public Notice(Recipient to, String subject, String body, String link, String dedupKey) {
        this(to, subject, body, link, dedupKey, null, false);
    }

    /** The same notice, allowed through the member's quiet hours. */
    public Notice asUrgent() {
        return new Notice(to, subject, body, link, dedupKey, oneTimeLink, true);
    }

    /**
     * A link the outbox never holds: only what it is for is stored, and the {@link OneTimeLinks}
     * of {@code kind} makes a fresh link just before each try of sending the message.
     *
     * @param kind the {@link OneTimeLinks#kind()} that makes the link
     * @param reference what the link is for, as that module understands it (e.g. an invitation's id)
     */
    public record OneTimeLink(String kind, String reference) {
        public OneTimeLink {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
            if (kind.isBlank() || reference.isBlank() || kind.length() > 100 || reference.length() > 200) {
                throw new IllegalArgumentException("kind and reference: 1-100 and 1-200 characters");
            }
        }
    }
}
