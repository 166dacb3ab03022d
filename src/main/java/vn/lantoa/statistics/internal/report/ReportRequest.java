package vn.lantoa.statistics.internal.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;

/**
 * A report asked for: unit, period and format, read from the form with every mistake named
 * (unknown unit, unreadable date, end before start, more than five years, unknown format).
 */
public record ReportRequest(long unitId, Period period, ReportFormat format) {

    public static final int MAX_YEARS = 5;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter VIETNAMESE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Reads the form's fields; throws {@link InvalidInputException} with the reason. */
    public static ReportRequest parse(String unit, String from, String to, String format) {
        long unitId;
        try {
            unitId = Long.parseLong(unit == null ? "" : unit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("statistics.report.error.unit");
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new InvalidInputException("statistics.report.error.order");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw new InvalidInputException("statistics.report.error.tooLong", MAX_YEARS);
        }
        ReportFormat f = ReportFormat.parse(format)
                .orElseThrow(() -> new InvalidInputException("statistics.report.error.format"));
        return new ReportRequest(unitId, periodOf(start, end), f);
    }

    /** A whole month, quarter or year is named so; any other range is a custom period. */
    static Period periodOf(LocalDate from, LocalDate to) {
        for (PeriodKind kind : new PeriodKind[] {PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR}) {
            Period whole = Period.containing(kind, from);
            if (whole.from().equals(from) && whole.to().equals(to)) {
                return whole;
            }
        }
        return Period.custom(from, to);
    }

    /** yyyy-MM-dd (what a date input sends) or dd/MM/yyyy (what people type). */
    static LocalDate date(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, VIETNAMESE) : LocalDate.parse(v, ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("statistics.report.error.date", v);
        }
    }

    /** The quick choices of the form: this month, quarter and year so far, and the last whole month. */
    public static Period thisMonth(LocalDate today) {
        return Period.containing(PeriodKind.MONTH, today);
    }

    public static Period thisQuarter(LocalDate today) {
        return Period.containing(PeriodKind.QUARTER, today);
    }

    public static Period thisYear(LocalDate today) {
        return Period.containing(PeriodKind.YEAR, today);
    }

    public static Period lastMonth(LocalDate today) {
        return Period.containing(
                PeriodKind.MONTH,
                today.with(TemporalAdjusters.firstDayOfMonth()).minusDays(1));
    }
}
