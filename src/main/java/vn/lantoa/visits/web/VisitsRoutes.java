package vn.lantoa.visits.web;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The visits module's addresses, spelled once: its controllers map them, its templates and
 * scripts' data attributes link to them, so a renamed route fails the jte build.
 */
public final class VisitsRoutes {

    /** The report: the chart of 90 days, the top articles of a period, the starting offset. */
    public static final String ADMIN = PlatformRoutes.BACK_OFFICE + "/truy-cap";

    public static final String ADMIN_CHART = ADMIN + "/bieu-do";
    public static final String ADMIN_OFFSET = ADMIN + "/moc-tong";

    /** The public figures as JSON, which the counter in the public footer asks for. */
    public static final String API = "/api/v1/visits";

    /**
     * Articles' pages, as the URL contract gives them ({@code newsroom.ArticleUrls.PREFIX}; visits
     * may not depend on newsroom).
     */
    static final String ARTICLE_PREFIX = "/bai-viet/";

    private VisitsRoutes() {}
}
