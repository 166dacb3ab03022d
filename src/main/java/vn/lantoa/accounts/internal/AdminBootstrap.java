package vn.lantoa.accounts.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Role;

/**
 * On a database with no account, creates {@code admin} with {@code lantoa.admin.initial-password}
 * or, when that is unset, a random password written once to the log. Never a fixed default.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final LanToaProperties properties;

    AdminBootstrap(AccountRepository accounts, PasswordEncoder encoder, LanToaProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String configured = properties.admin().initialPassword();
        String password = StringUtils.hasText(configured) ? configured : randomPassword();
        accounts.insert(ADMIN, "Quản trị hệ thống", encoder.encode(password), Set.of(Role.ADMIN), null, null);
        if (StringUtils.hasText(configured)) {
            log.info("Created account '{}' with the password from lantoa.admin.initial-password", ADMIN);
        } else {
            log.warn(
                    "Created account '{}' with the one-time random password: {}  (shown only now; change it"
                            + " after signing in, or set lantoa.admin.initial-password before the first start)",
                    ADMIN,
                    password);
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
