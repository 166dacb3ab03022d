package vn.lantoa.statistics.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.lantoa.platform.Zone;

/**
 * A period of local days in Asia/Ho_Chi_Minh, both ends included. Weeks start on Monday; a custom
 * period is any range of up to {@link #MAX_DAYS} days.
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 5 * 366;

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /** The week, month, quarter or year that holds {@code day}; CUSTOM gives the single day. */
    public static Period containing(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(kind, monday, monday.plusDays(6));
            }
            case MONTH -> new Period(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(kind, first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
            case CUSTOM -> new Period(kind, day, day);
        };
    }

    /** A custom period. */
    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(PeriodKind.CUSTOM, from, to);
    }

    /** The period just before: the previous week, month, quarter or year; for CUSTOM the same number of days. */
    public Period previous() {
        return kind == PeriodKind.CUSTOM
                ? new Period(kind, from.minusDays(days()), from.minusDays(1))
                : containing(kind, from.minusDays(1));
    }

    /**
     * The same period a year earlier: the week with the same number (ISO weeks start on Monday, as
     * Vietnamese ones do), the same month, quarter or year; for CUSTOM the same dates.
     */
    public Period sameLastYear() {
        return switch (kind) {
            case WEEK ->
                containing(kind, from.with(IsoFields.WEEK_BASED_YEAR, from.get(IsoFields.WEEK_BASED_YEAR) - 1L));
            case CUSTOM -> new Period(kind, from.minusYears(1), to.minusYears(1));
            default -> containing(kind, from.minusYears(1));
        };
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Whether {@code day} lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Vietnamese midnight at the start of the period. */
    public Instant start() {
        return from.atStartOfDay(Zone.VIETNAM).toInstant();
    }

    /** Vietnamese midnight after the last day (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(Zone.VIETNAM).toInstant();
    }

    /** The buckets of the trend: weeks for periods up to three months, months beyond. */
    public PeriodKind trendBucket() {
        return days() <= 92 ? PeriodKind.WEEK : PeriodKind.MONTH;
    }

    /** The weeks or months ({@link #trendBucket()}) that overlap the period, clipped to it, in order. */
    public List<Period> buckets() {
        PeriodKind bucket = trendBucket();
        List<Period> out = new ArrayList<>();
        LocalDate day = from;
        while (!day.isAfter(to)) {
            Period whole = containing(bucket, day);
            LocalDate end = whole.to().isAfter(to) ? to : whole.to();
            out.add(new Period(bucket, day, end));
            day = end.plusDays(1);
        }
        return out;
    }
}
