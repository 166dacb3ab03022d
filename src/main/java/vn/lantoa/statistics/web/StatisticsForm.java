package vn.lantoa.statistics.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;

/**
 * The unit and period asked for in the query string ({@code don-vi}, {@code ky}, {@code ngay},
 * {@code tu}, {@code den}), read leniently: what cannot be read falls back to this month, with a
 * message saying so, never an error page.
 */
public record StatisticsForm(Long unitId, Period period, String day, String from, String to, String error) {

    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static StatisticsForm read(String unit, String kind, String day, String from, String to, LocalDate today) {
        Long unitId = null;
        String error = null;
        if (unit != null && !unit.isBlank()) {
            try {
                unitId = Long.parseLong(unit.strip());
            } catch (NumberFormatException e) {
                error = "statistics.error.unit";
            }
        }
        PeriodKind k = PeriodKind.MONTH;
        if (kind != null && !kind.isBlank()) {
            try {
                k = PeriodKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error = "statistics.error.kind";
            }
        }
        Period period;
        try {
            if (k == PeriodKind.CUSTOM) {
                LocalDate start = parse(from, today.withDayOfMonth(1));
                LocalDate end = parse(to, today);
                if (end.isBefore(start) || start.plusDays(Period.MAX_DAYS).isBefore(end)) {
                    error = "statistics.error.range";
                    period = Period.containing(PeriodKind.MONTH, today);
                } else {
                    period = Period.custom(start, end);
                }
            } else {
                period = Period.containing(k, parse(day, today));
            }
        } catch (DateTimeParseException e) {
            error = "statistics.error.date";
            period = Period.containing(PeriodKind.MONTH, today);
        }
        return new StatisticsForm(
                unitId,
                period,
                DATE.format(period.kind() == PeriodKind.CUSTOM ? today : period.from()),
                DATE.format(period.from()),
                DATE.format(period.to()),
                error);
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        return text == null || text.isBlank() ? fallback : LocalDate.parse(text.strip(), DATE);
    }
}
