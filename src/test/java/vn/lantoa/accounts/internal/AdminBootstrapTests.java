package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminBootstrapTests {

    @Test
    void randomInitialPasswordsAreLongAndNeverRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = AdminBootstrap.randomPassword();
            assertThat(password).hasSize(20).matches("[A-Za-z2-9]+");
            assertThat(seen.add(password)).isTrue();
        }
    }
}
