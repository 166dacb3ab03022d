package vn.lantoa.visits.web;

import vn.lantoa.visits.internal.VisitFigures;

/** The JSON of {@code GET /api/v1/visits}. */
public record VisitsResponse(long online, long today, long week, long total, long pageViewsToday, long pageViewsTotal) {

    static VisitsResponse of(VisitFigures f) {
        return new VisitsResponse(f.online(), f.today(), f.week(), f.total(), f.pageViewsToday(), f.pageViewsTotal());
    }
}
