package vn.lantoa.statistics.internal;

/** The periods a figure can be asked for; weeks are Vietnamese calendar weeks, Monday to Sunday. */
public enum PeriodKind {
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    CUSTOM
}
