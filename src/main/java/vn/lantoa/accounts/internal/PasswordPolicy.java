package vn.lantoa.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet wherever one is set: at least {@value #MIN_LENGTH}
 * characters and not one of the common passwords shipped in {@code accounts/common-passwords.txt}
 * (compared case-insensitively, also with trailing digits and punctuation removed).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private final Set<String> common;

    PasswordPolicy() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            common = reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first broken rule, or empty when the password is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || common.contains(stem)) {
            return Optional.of("accounts.password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("accounts.password.containsUsername");
        }
        return Optional.empty();
    }
}
