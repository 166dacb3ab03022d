package vn.lantoa.platform.web;

import org.springframework.core.Ordered;

/**
 * Where the filters that public pages go through sit, so that modules can place theirs around
 * each other without naming each other: after the correlation id, the database-outage answer and
 * the request observation (all at or next to {@link Ordered#HIGHEST_PRECEDENCE}), before Spring
 * Session's filter ({@code HIGHEST_PRECEDENCE + 50}) and Spring Security (-100).
 */
public final class PublicFilters {

    /** The visit counter wraps everything after it, the page cache's early hits included. */
    public static final int VISIT_COUNTER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** Page-cache hits of readers without a session, answered before the session and security filters. */
    public static final int PAGE_CACHE_HITS = VISIT_COUNTER + 1;

    private PublicFilters() {}
}
