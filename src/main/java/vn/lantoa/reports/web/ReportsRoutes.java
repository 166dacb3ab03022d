package vn.lantoa.reports.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The reports module's addresses, spelled once: its controllers map them, its templates and
 * redirects link to them, so a renamed route fails the jte build. The two forms are the shell's
 * entry points ({@link PlatformRoutes#REPORT}, {@link PlatformRoutes#MEMBER_REPORT}).
 */
public final class ReportsRoutes {

    /** The public form and its receipt ({@code ?ma=<tracking code>}). */
    public static final String FORM = PlatformRoutes.REPORT;

    public static final String RECEIVED = FORM + "/da-gui";

    /** The member area's form and its receipt. */
    public static final String MEMBER_FORM = PlatformRoutes.MEMBER_REPORT;

    public static final String MEMBER_RECEIVED = MEMBER_FORM + "/da-gui";

    /** The triage queue; {@code ?trang-thai=&loai=&trang=N} filter and page it. */
    public static final String QUEUE = PlatformRoutes.BACK_OFFICE + "/phan-anh";

    public static final String CLUSTER = QUEUE + "/{id}";
    public static final String CLUSTER_STATUS = CLUSTER + "/trang-thai";
    public static final String CLUSTER_ASSIGN = CLUSTER + "/giao";
    public static final String CLUSTER_COMMENT = CLUSTER + "/binh-luan";

    /** One report in a cluster: confirm it there, split it off, move it to another cluster. */
    public static final String REPORT = QUEUE + "/bao-cao/{reportId}";

    public static final String REPORT_CONFIRM = REPORT + "/xac-nhan";
    public static final String REPORT_SPLIT = REPORT + "/tach";
    public static final String REPORT_MOVE = REPORT + "/chuyen";

    public static final String SCREENSHOT = QUEUE + "/anh/{id}.jpg";
    public static final String SCREENSHOT_THUMBNAIL = QUEUE + "/anh/{id}/nho.jpg";

    /** Handling a cluster: search and link a refutation ({@code ?q=}), start a draft, forward it. */
    public static final String REFUTE = QUEUE + "/{clusterId}/xu-ly";

    public static final String REFUTE_LINK = QUEUE + "/{clusterId}/bac-bo";
    public static final String REFUTE_DRAFT = QUEUE + "/{clusterId}/bai-nhap";
    public static final String FORWARD = QUEUE + "/{clusterId}/chuyen";
    public static final String PACKAGE_JSON = QUEUE + "/{clusterId}/goi-ho-so.json";
    public static final String PACKAGE_PDF = QUEUE + "/{clusterId}/goi-ho-so.pdf";

    private ReportsRoutes() {}

    public static String cluster(long id) {
        return fill(CLUSTER, id);
    }

    public static String clusterStatus(long id) {
        return fill(CLUSTER_STATUS, id);
    }

    public static String clusterAssign(long id) {
        return fill(CLUSTER_ASSIGN, id);
    }

    public static String clusterComment(long id) {
        return fill(CLUSTER_COMMENT, id);
    }

    public static String reportConfirm(long reportId) {
        return fill(REPORT_CONFIRM, reportId);
    }

    public static String reportSplit(long reportId) {
        return fill(REPORT_SPLIT, reportId);
    }

    public static String reportMove(long reportId) {
        return fill(REPORT_MOVE, reportId);
    }

    public static String screenshot(long id, boolean thumbnail) {
        return fill(thumbnail ? SCREENSHOT_THUMBNAIL : SCREENSHOT, id);
    }

    public static String refute(long clusterId) {
        return fill(REFUTE, clusterId);
    }

    public static String refuteLink(long clusterId) {
        return fill(REFUTE_LINK, clusterId);
    }

    public static String refuteDraft(long clusterId) {
        return fill(REFUTE_DRAFT, clusterId);
    }

    public static String forward(long clusterId) {
        return fill(FORWARD, clusterId);
    }

    public static String packageJson(long clusterId) {
        return fill(PACKAGE_JSON, clusterId);
    }

    public static String packagePdf(long clusterId) {
        return fill(PACKAGE_PDF, clusterId);
    }
}
