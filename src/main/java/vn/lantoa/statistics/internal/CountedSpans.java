package vn.lantoa.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The standard periods whose active members are counted per subtree in {@code stat_tree_period}:
 * calendar weeks from Monday, months, quarters and years. A range of days that is exactly one of
 * them is read from its count; any other range from the members' bitmaps.
 */
final class CountedSpans {

    /** The counted spans, with PostgreSQL's {@code date_trunc} field and step for each. */
    enum Span {
        WEEK(PeriodKind.WEEK, "week", "1 week"),
        MONTH(PeriodKind.MONTH, "month", "1 month"),
        QUARTER(PeriodKind.QUARTER, "quarter", "3 months"),
        YEAR(PeriodKind.YEAR, "year", "1 year");

        final PeriodKind kind;
        final String field;
        final String step;

        Span(PeriodKind kind, String field, String step) {
            this.kind = kind;
            this.field = field;
            this.step = step;
        }

        /** The period of this span that holds the day. */
        Period around(LocalDate day) {
            return Period.containing(kind, day);
        }
    }

    static final List<Span> ALL = List.of(Span.values());

    private CountedSpans() {}

    /** The span whose period is exactly {@code from} to {@code to}, if there is one. */
    static Optional<Span> of(LocalDate from, LocalDate to) {
        for (Span span : ALL) {
            Period p = span.around(from);
            if (p.from().equals(from) && p.to().equals(to)) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /**
     * The periods of each span that hold a day, as parallel arrays to bind to {@code unnest}: the
     * span's name, its first day and its last day (ISO dates).
     */
    record Windows(String[] spans, String[] starts, String[] stops) {}

    static Windows windows(LocalDate day) {
        String[] spans = new String[ALL.size()];
        String[] starts = new String[ALL.size()];
        String[] stops = new String[ALL.size()];
        for (int i = 0; i < ALL.size(); i++) {
            Period p = ALL.get(i).around(day);
            spans[i] = ALL.get(i).name();
            starts[i] = p.from().toString();
            stops[i] = p.to().toString();
        }
        return new Windows(spans, starts, stops);
    }
}
