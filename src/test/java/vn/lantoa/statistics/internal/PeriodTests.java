package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeriodTests {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aWeekRunsFromMondayToSunday() {
        Period week = Period.containing(PeriodKind.WEEK, day("2026-12-02"));
        assertThat(week.from()).isEqualTo(day("2026-11-30"));
        assertThat(week.to()).isEqualTo(day("2026-12-06"));
        assertThat(Period.containing(PeriodKind.WEEK, day("2026-12-06"))).isEqualTo(week);
        assertThat(week.previous().from()).isEqualTo(day("2026-11-23"));
    }

    @Test
    void monthsQuartersAndYearsAndTheirPreviousOnes() {
        assertThat(Period.containing(PeriodKind.MONTH, day("2024-02-10")).to()).isEqualTo(day("2024-02-29"));
        assertThat(Period.containing(PeriodKind.MONTH, day("2026-03-31")).previous())
                .isEqualTo(new Period(PeriodKind.MONTH, day("2026-02-01"), day("2026-02-28")));
        assertThat(Period.containing(PeriodKind.QUARTER, day("2026-08-15")))
                .isEqualTo(new Period(PeriodKind.QUARTER, day("2026-07-01"), day("2026-09-30")));
        assertThat(Period.containing(PeriodKind.QUARTER, day("2026-01-15"))
                        .previous()
                        .from())
                .isEqualTo(day("2025-10-01"));
        assertThat(Period.containing(PeriodKind.YEAR, day("2026-06-01")).sameLastYear())
                .isEqualTo(new Period(PeriodKind.YEAR, day("2025-01-01"), day("2025-12-31")));
        Period custom = Period.custom(day("2026-03-10"), day("2026-03-19"));
        assertThat(custom.previous()).isEqualTo(Period.custom(day("2026-02-28"), day("2026-03-09")));
    }

    @Test
    void theSameWeekLastYearHasTheSameNumberAndStartsOnMonday() {
        Period week = Period.containing(PeriodKind.WEEK, day("2026-12-02")); // ISO week 49
        Period lastYear = week.sameLastYear();
        assertThat(lastYear.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(lastYear.from()).isEqualTo(day("2025-12-01"));
        // Week 53 of 2026 has no twin in 2025 (52 weeks): the last week is taken.
        Period week53 = Period.containing(PeriodKind.WEEK, day("2026-12-31"));
        assertThat(week53.sameLastYear().from()).isEqualTo(day("2025-12-22"));
        // Monday 30/12/2024 opens week 1 of 2025; its twin is week 1 of 2024, from 01/01/2024.
        assertThat(Period.containing(PeriodKind.WEEK, day("2024-12-30"))
                        .sameLastYear()
                        .from())
                .isEqualTo(day("2024-01-01"));
    }

    @Test
    void theTrendOfAMonthIsItsWeeksClippedToTheMonth() {
        Period march = Period.containing(PeriodKind.MONTH, day("2025-03-15"));
        assertThat(march.buckets())
                .extracting(Period::from)
                .containsExactly(
                        day("2025-03-01"),
                        day("2025-03-03"),
                        day("2025-03-10"),
                        day("2025-03-17"),
                        day("2025-03-24"),
                        day("2025-03-31"));
        assertThat(march.buckets().getLast().to()).isEqualTo(day("2025-03-31"));
        assertThat(Period.containing(PeriodKind.YEAR, day("2025-03-15")).buckets())
                .hasSize(12);
    }

    @Property
    void bucketsCoverThePeriodExactlyWithoutGaps(
            @ForAll @IntRange(min = 0, max = 3000) int start, @ForAll @IntRange(min = 0, max = 800) int length) {
        LocalDate from = LocalDate.of(2020, 1, 1).plusDays(start);
        Period period = Period.custom(from, from.plusDays(length));
        var buckets = period.buckets();
        assertThat(buckets.getFirst().from()).isEqualTo(period.from());
        assertThat(buckets.getLast().to()).isEqualTo(period.to());
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).from()).isEqualTo(buckets.get(i - 1).to().plusDays(1));
        }
        assertThat(buckets.stream().mapToLong(Period::days).sum()).isEqualTo(period.days());
    }

    @Property
    void thePreviousPeriodEndsTheDayBeforeAndTheWeekStartsOnMonday(@ForAll @IntRange(min = 0, max = 5000) int offset) {
        LocalDate d = LocalDate.of(2015, 1, 1).plusDays(offset);
        for (PeriodKind kind :
                new PeriodKind[] {PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR}) {
            Period p = Period.containing(kind, d);
            assertThat(p.contains(d)).isTrue();
            assertThat(p.previous().to()).isEqualTo(p.from().minusDays(1));
        }
        assertThat(Period.containing(PeriodKind.WEEK, d).from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Period.containing(PeriodKind.WEEK, d).days()).isEqualTo(7);
    }
}
