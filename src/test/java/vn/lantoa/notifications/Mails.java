package vn.lantoa.notifications;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.util.Optional;

/** The plain-text and HTML parts of a received e-mail, for the tests that read what arrived. */
public final class Mails {

    private Mails() {}

    public static String text(Part message) {
        return part(message, "text/plain").orElseThrow(() -> new AssertionError("no text/plain part"));
    }

    public static String html(Part message) {
        return part(message, "text/html").orElseThrow(() -> new AssertionError("no text/html part"));
    }

    private static Optional<String> part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return Optional.of(part.getContent().toString());
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
