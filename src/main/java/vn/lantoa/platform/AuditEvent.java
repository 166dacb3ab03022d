package vn.lantoa.platform;

/**
 * Something a person did that the audit log must keep: publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that does it. The {@code accounts}
 * module records it with who (the signed-in user), when and from where.
 *
 * @param action what was done, a stable code such as {@code article.publish} or {@code member.read}
 * @param targetType the kind of thing it was done to, e.g. {@code article}, {@code member}
 * @param targetId its id, or {@code null}
 * @param detail a short human-readable note (never a password or a personal data dump)
 */
public record AuditEvent(String action, String targetType, String targetId, String detail) {

    public static AuditEvent of(String action, String targetType, Object targetId, String detail) {
        return new AuditEvent(action, targetType, targetId == null ? null : targetId.toString(), detail);
    }
}
