package vn.lantoa.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignTargetingTests {

    static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant END = Instant.parse("2026-12-01T00:00:00Z");

    /** Aimed at unit 4 (a commune) and group 70. */
    final CampaignTargeting.Targets targets =
            new CampaignTargeting.Targets(START, END, Set.of(4L), Set.of(70L), List.of(), java.util.Map.of());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a cell below the targeted commune   | 1/4/9 |       | 2026-11-15T00:00:00Z | true
            the targeted commune itself         | 1/4   |       | 2026-11-15T00:00:00Z | true
            the province above it               | 1     |       | 2026-11-15T00:00:00Z | false
            another commune                     | 1/5/8 |       | 2026-11-15T00:00:00Z | false
            another commune, targeted group     | 1/5/8 | 70    | 2026-11-15T00:00:00Z | true
            another commune, another group      | 1/5/8 | 71    | 2026-11-15T00:00:00Z | false
            at the first instant                | 1/4/9 |       | 2026-11-01T00:00:00Z | true
            a moment before the start           | 1/4/9 | 70    | 2026-10-31T23:59:59Z | false
            at the end                          | 1/4/9 | 70    | 2026-12-01T00:00:00Z | false
            """)
    void aCampaignIsOpenToMembersBelowItsUnitsOrInItsGroupsBetweenItsDates(
            String situation, String line, String group, String at, boolean open) {
        List<Long> unitLine =
                java.util.Arrays.stream(line.split("/")).map(Long::valueOf).toList();
        MemberDirectory.Membership member = new MemberDirectory.Membership(
                1, unitLine.getLast(), unitLine, group == null ? List.of() : List.of(Long.valueOf(group)));

        assertThat(targets.openTo(member, Instant.parse(at))).isEqualTo(open);
    }
}
