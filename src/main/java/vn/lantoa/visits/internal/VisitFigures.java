package vn.lantoa.visits.internal;

/** The counter's figures at one moment; {@code total} includes the starting offset. */
public record VisitFigures(long online, long today, long week, long total, long pageViewsToday, long pageViewsTotal) {

    public static final VisitFigures ZERO = new VisitFigures(0, 0, 0, 0, 0, 0);
}
