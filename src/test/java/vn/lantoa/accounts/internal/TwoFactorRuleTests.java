package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

class TwoFactorRuleTests {

    @ParameterizedTest
    @CsvSource({
        "ADMIN, true, true",
        "REVIEWER, true, true",
        "EDITOR, true, false",
        "UNIT_MANAGER, true, false",
        "MEMBER, true, false",
        "ADMIN, false, false",
        "REVIEWER, false, false"
    })
    void adminsAndReviewersMustUseTotpUnlessEnforcementIsOff(Role role, boolean enforce, boolean mandatory) {
        CurrentUser user = new CurrentUser(1, "u", "U", Set.of(role), null);
        assertThat(TwoFactor.mandatory(user, enforce)).isEqualTo(mandatory);
    }
}
