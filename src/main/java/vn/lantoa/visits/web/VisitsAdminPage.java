package vn.lantoa.visits.web;

import java.time.LocalDate;
import java.util.List;
import vn.lantoa.visits.internal.VisitFigures;
import vn.lantoa.visits.internal.VisitQueries;

/**
 * The back-office page of the counter.
 *
 * @param error message key of a refused input, or {@code null}
 * @param saved whether the starting offset was just saved
 */
public record VisitsAdminPage(
        VisitFigures figures,
        LocalDate from,
        LocalDate to,
        List<VisitQueries.PageViews> topArticles,
        long totalOffset,
        String error,
        boolean saved) {}
