package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource(
            nullValues = "NONE",
            value = {
                "ngan-qua, NONE, accounts.password.tooShort",
                "123456789, NONE, accounts.password.tooShort",
                "1234567890, NONE, accounts.password.common",
                "QwertyUiop, NONE, accounts.password.common",
                "password2026!, NONE, accounts.password.common",
                "matkhau123456, NONE, accounts.password.common",
                "nguyenvana-2026, nguyenvana, accounts.password.containsUsername",
                "Lúa chín vàng đồng, NONE, NONE",
                "LanToa-demo-2026, NONE, NONE"
            })
    void refusesShortCommonAndUsernamePasswords(String password, String username, String expected) {
        assertThat(policy.problem(password, username).orElse(null)).isEqualTo(expected);
    }
}
