package vn.lantoa.statistics.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The statistics pages' addresses, spelled once: the controllers map them, the templates and
 * redirects link to them, so a renamed route fails the jte build.
 */
public final class StatisticsRoutes {

    /** The figures of a unit and a period; the htmx form asks the same address for the figures. */
    public static final String STATISTICS = PlatformRoutes.BACK_OFFICE + "/thong-ke";

    /** Participation by unit, {@code ?tu=&den=}, as a page, a workbook and a PDF. */
    public static final String PARTICIPATION = PlatformRoutes.BACK_OFFICE + "/tham-gia";

    public static final String PARTICIPATION_XLSX = PARTICIPATION + ".xlsx";
    public static final String PARTICIPATION_PDF = PARTICIPATION + ".pdf";

    /** The periodic report's form, {@code ?donVi=}; a POST starts a job. */
    public static final String REPORT = STATISTICS + "/bao-cao";

    public static final String REPORT_JOB = REPORT + "/{id:\\d+}";
    public static final String REPORT_FILE = REPORT_JOB + "/tep";

    /** A unit's report settings, {@code ?donVi=}. */
    public static final String REPORT_SETTINGS = REPORT + "/cai-dat";

    private StatisticsRoutes() {}

    public static String reportJob(long id) {
        return fill(REPORT_JOB, id);
    }

    public static String reportFile(long id) {
        return fill(REPORT_FILE, id);
    }
}
