package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleDelayTests {

    @ParameterizedTest
    @CsvSource({"0, 0", "4, 0", "5, 1", "6, 2", "8, 8", "14, 512", "15, 900", "1000, 900"})
    void theWaitDoublesAfterTheFreeTriesUpToFifteenMinutes(int failures, long seconds) {
        assertThat(LoginThrottle.delay(failures, LoginThrottle.FREE_PER_ACCOUNT))
                .isEqualTo(Duration.ofSeconds(seconds));
    }

    @Property
    void theWaitNeverExceedsTheCapSoNobodyIsLockedOutForGood(@ForAll @IntRange(min = 0, max = 1_000_000) int failures) {
        assertThat(LoginThrottle.delay(failures, LoginThrottle.FREE_PER_ACCOUNT))
                .isLessThanOrEqualTo(LoginThrottle.MAX_WAIT);
    }
}
