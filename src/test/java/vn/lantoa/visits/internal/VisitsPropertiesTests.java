package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisitsPropertiesTests {

    static VisitsProperties with(Duration onlineWindow, Duration visitGap, Duration hold) {
        return new VisitsProperties(
                true,
                false,
                Duration.ofSeconds(1),
                visitGap,
                onlineWindow,
                Duration.ofSeconds(1),
                hold,
                VisitsProperties.CountedBy.PAGE);
    }

    @ParameterizedTest
    @CsvSource({"PT5M, PT30M, PT0S", "PT5M, PT30M, PT1M", "PT5M, PT30M, PT2M30S", "PT30M, PT4M, PT2M"})
    void aHoldOfAtMostHalfTheOnlineWindowAndTheVisitGapIsAccepted(
            Duration onlineWindow, Duration visitGap, Duration hold) {
        assertThat(with(onlineWindow, visitGap, hold).lastSeenHold()).isEqualTo(hold);
    }

    @ParameterizedTest
    @CsvSource({"PT5M, PT30M, PT2M31S", "PT30M, PT4M, PT2M1S", "PT5M, PT30M, -PT1S"})
    void aLongerOrNegativeHoldIsRefusedAtStart(Duration onlineWindow, Duration visitGap, Duration hold) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(onlineWindow, visitGap, hold))
                .withMessageContaining("last-seen-hold");
    }
}
