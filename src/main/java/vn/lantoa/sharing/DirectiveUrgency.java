package vn.lantoa.sharing;

import java.util.Arrays;
import java.util.Optional;

/**
 * How urgent a directive is, as the "độ khẩn" of an official document (Nghị định 30/2020/NĐ-CP:
 * Khẩn, Thượng khẩn, Hỏa tốc). Every level but {@link #NORMAL} reaches the members at once, in
 * their quiet hours too.
 */
public enum DirectiveUrgency {
    NORMAL,
    URGENT,
    VERY_URGENT,
    IMMEDIATE;

    /** Whether the members' notices may disturb them in their quiet hours. */
    public boolean interruptsQuietHours() {
        return this != NORMAL;
    }

    /** The message key of its label ({@code directive.urgency.urgent}, …). */
    public String labelKey() {
        return "directive.urgency." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "-");
    }

    /** The level a form sent, or empty when it is not one (a blank field is {@link #NORMAL}). */
    public static Optional<DirectiveUrgency> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(NORMAL);
        }
        return Arrays.stream(values())
                .filter(u -> u.name().equals(value.strip()))
                .findFirst();
    }
}
