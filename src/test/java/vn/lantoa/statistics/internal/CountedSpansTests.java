package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountedSpansTests {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void eachStandardPeriodIsReadFromItsCount() {
        for (CountedSpans.Span span : CountedSpans.ALL) {
            Period p = span.around(day("2026-12-02"));
            assertThat(CountedSpans.of(p.from(), p.to())).as("%s", p).contains(span);
        }
        assertThat(CountedSpans.of(day("2026-11-30"), day("2026-12-06"))).contains(CountedSpans.Span.WEEK);
        assertThat(CountedSpans.of(day("2024-02-01"), day("2024-02-29"))).contains(CountedSpans.Span.MONTH);
        assertThat(CountedSpans.of(day("2026-10-01"), day("2026-12-31"))).contains(CountedSpans.Span.QUARTER);
    }

    @Test
    void otherRangesAreNot() {
        // a week clipped by its month, a rolling year, a week from Sunday, a month one day short
        assertThat(CountedSpans.of(day("2026-12-01"), day("2026-12-06"))).isEmpty();
        assertThat(CountedSpans.of(day("2025-12-03"), day("2026-12-02"))).isEmpty();
        assertThat(CountedSpans.of(day("2026-11-29"), day("2026-12-05"))).isEmpty();
        assertThat(CountedSpans.of(day("2026-02-01"), day("2026-02-27"))).isEmpty();
        assertThat(CountedSpans.of(day("2026-12-02"), day("2026-12-02"))).isEmpty();
    }

    @Test
    void theWindowsOfADayAreTheFourPeriodsThatHoldIt() {
        CountedSpans.Windows w = CountedSpans.windows(day("2027-01-01")); // a Friday: its week starts in 2026
        assertThat(w.spans()).containsExactly("WEEK", "MONTH", "QUARTER", "YEAR");
        assertThat(w.starts()).containsExactly("2026-12-28", "2027-01-01", "2027-01-01", "2027-01-01");
        assertThat(w.stops()).containsExactly("2027-01-03", "2027-01-31", "2027-03-31", "2027-12-31");
    }
}
